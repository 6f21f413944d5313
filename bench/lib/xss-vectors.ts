/** Classic stored-XSS vectors: the hostile-text suite tries each on every plain-text field, the hostile bench in a long body. */
export const XSS_VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<style>@import "https://evil.example/x.css";</style>',
];
