/** Stands in for iconv-lite in the browser build of the core: writing GB18030 or UTF-16 CSV is the CLI's job. */
const iconv = {
  encode(): never {
    throw new Error("writing GB18030/UTF-16 text needs the tuomin CLI");
  },
};
export default iconv;
