// The runtime side of @honoraria/forms/vue: nothing (the entry only brings types, see vue.d.ts).
export {};
