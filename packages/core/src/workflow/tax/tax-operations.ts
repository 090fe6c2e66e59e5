import type { OperationMap } from '../operation';
import { generateTaxSlips } from './generate-tax-slips';
import { amendTaxSlip, cancelTaxSlip, issueTaxSlip } from './tax-slip-transitions';
import { getTaxSummary } from './tax-summary';

/** The operations of tax slips and the year's tax summary. */
export const taxOperations = {
  generateTaxSlips,
  issueTaxSlip,
  amendTaxSlip,
  cancelTaxSlip,
  getTaxSummary,
} satisfies OperationMap;
