// Type fixture: the Vue 3 GlobalComponents types of the hon-* tags, as Volar reads them.
import type {} from '@honoraria/forms/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const field: PropsOf<'hon-text-field'> = { name: 'email', label: 'Courriel', type: 'email', onHonChange: (e) => e.detail };
export const money: PropsOf<'hon-money'> = { cents: 1234 };
// @ts-expect-error: `type` takes only text, email, tel or url
export const wrongType: PropsOf<'hon-text-field'> = { type: 'number' };
// @ts-expect-error: `cents` is a number
export const wrongCents: PropsOf<'hon-money'> = { cents: '12' };
// @ts-expect-error: hon-nothing is not a tag
export type Nothing = PropsOf<'hon-nothing'>;
