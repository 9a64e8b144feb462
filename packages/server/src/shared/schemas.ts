// Moving: the atoms now live in the contract package; feature files import them from there.
export * from '@plantrack/contract/shared.contract';
export { LEDGER_KINDS } from '@plantrack/contract/enums';
