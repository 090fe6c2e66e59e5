// The part of Vue's types the fixture needs: Vue 3 declares `GlobalComponents` (in
// @vue/runtime-core, re-exported by `vue`) as an empty interface that libraries augment.
// The `vue` package itself (with its compilers) is too big a dev dependency for this one check.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GlobalComponents {}
