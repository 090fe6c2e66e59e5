// The runtime side of @honoraria/forms/react: nothing (the entry only brings types, see react.d.ts).
export {};
