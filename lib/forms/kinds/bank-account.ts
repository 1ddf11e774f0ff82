import { defineIdentifierKind } from "./identifier";
import { formatBankAccount, isValidBankAccount, normalizeBankAccount } from "../validators/bank-account";

/** NRB or IBAN (PL…): stored as the 26-digit NRB, shown grouped "61 1090 1014 …". */
export const bankAccountKind = defineIdentifierKind({
  kind: "bank-account",
  normalize: normalizeBankAccount,
  requiredKey: "forms.errors.bankAccountRequired",
  problem: (value) => {
    if (!/^\d{26}$/.test(value)) return "forms.errors.bankAccountLength";
    return isValidBankAccount(value) ? null : "forms.errors.bankAccountInvalid";
  },
  example: "61109010140000071219812874",
  format: formatBankAccount,
  maxLength: 60,
});
