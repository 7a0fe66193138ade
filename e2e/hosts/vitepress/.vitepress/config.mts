// A real VitePress site that embeds the calculator exactly as the README's VitePress recipe says:
// the host script goes in `head` (never as a <script> in Markdown), the iframe goes in the page as
// written. For the test, the recipe's placeholder origin is replaced by CALC_ORIGIN, where the
// calculator under test is served.
import { defineConfig } from 'vitepress';

const PLACEHOLDER = 'https://calculator.example';
const calculator = process.env.CALC_ORIGIN ?? PLACEHOLDER;

export default defineConfig({
  title: 'Kimi docs (test site)',
  base: '/vitepress/',
  head: [['script', { src: `${calculator}/embed.js`, defer: '' }]],
  markdown: {
    config(md) {
      md.core.ruler.push('calculator-origin', (state) => {
        for (const token of state.tokens) {
          if (token.type === 'html_block') token.content = token.content.replaceAll(PLACEHOLDER, calculator);
        }
      });
    },
  },
});
