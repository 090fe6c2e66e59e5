// @honoraria/forms: element classes, without registering any tag (import `@honoraria/forms/define` for that).
export { HonMoney } from './components/money/money';
