// The custom elements manifest (`custom-elements.json`), from the elements' TSDoc
// (`@summary @slot @event @csspart @cssprop`) and Lit's `static properties`.
// Written on build (`pnpm build`); `src/manifest.test.ts` checks it covers every registered tag.

/**
 * Lit's `{ state: true }` and `{ attribute: false }` properties have no attribute: the Lit plugin
 * of the analyzer lists them as attributes anyway, so this plugin takes them out (also when a
 * subclass inherits them).
 */
function litInternalState() {
  /** class name -> names of its properties without an attribute */
  const hidden = new Map();
  return {
    name: 'honoraria-lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const options = prop.initializer.properties.filter(ts.isPropertyAssignment);
          const noAttribute = options.some(
            (o) =>
              (o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword) ||
              (o.name.getText() === 'attribute' && o.initializer.kind === ts.SyntaxKind.FalseKeyword),
          );
          if (noAttribute) names.add(prop.name.getText());
        }
      }
      hidden.set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
      const hiddenOf = (name, seen = new Set()) => {
        if (!name || seen.has(name)) return new Set();
        seen.add(name);
        const own = hidden.get(name) ?? new Set();
        const parent = classes.get(name)?.superclass?.name;
        return new Set([...own, ...hiddenOf(parent, seen)]);
      };
      for (const d of classes.values()) {
        const names = hiddenOf(d.name);
        if (d.attributes) d.attributes = d.attributes.filter((a) => !names.has(a.fieldName ?? a.name));
        // An event dispatched through a helper (`new CustomEvent(name, …)`) is recorded under the
        // variable's name (`name`), with no description; the element's `@event` tags document the
        // real events, so such entries are dropped.
        if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('hon-') || (e.description ?? '') !== '');
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/form-control.ts', 'src/internal/parsed-field.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/internal/test/**'],
  outdir: process.env.HON_CEM_OUTDIR ?? '.',
  litelement: true,
  // The package.json already names the manifest (`customElements`): the analyzer must not rewrite it.
  packagejson: false,
  plugins: [litInternalState()],
};
