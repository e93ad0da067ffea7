/** Delete: the value is cleared (a finding inside a longer text is cut out of it). */
export const deleteValue = (): string => "";
