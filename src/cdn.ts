// The single-file build for <script type="module" src=".../coproduce-kit.js">: registers every component.
import './cdn-locales.js';
import './index.js';
