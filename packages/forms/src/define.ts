// Registers every Honoraria element. Import this once (or load the script-tag bundle).
export { HonMoney } from './components/money/define';
