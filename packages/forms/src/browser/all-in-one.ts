// The all-in-one script-tag build (`dist-browser/honoraria-forms.min.js`, global `HonorariaForms`):
// every hon-* tag registered, Lit, what the elements need of core (rules, French and English
// messages), and the REST client for a page talking to an Honoraria API.
export * from '../define';
export { createRestClient } from '@honoraria/adapters/http/client';
