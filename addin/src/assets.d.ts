/** CSS files are bundled as text and put in a <style> element by the component that uses them. */
declare module "*.css" {
  const text: string;
  export default text;
}
