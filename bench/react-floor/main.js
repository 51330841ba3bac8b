// The floor of any start the stack can make: React and react-dom, built and minified like the renderer, rendering
// only a heading and a link. bench/browser.mjs measures it beside the blank page and Unknot's Today.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')).render(
  createElement(
    'main',
    null,
    createElement('h1', null, 'Today'),
    createElement('a', { href: '#/settings' }, 'Settings'),
  ),
)
