/** The id of a block's explanation of the status words, which each step's status word opens. */
export const statusHelpId = (block: string) => `status-help-${block}`;
