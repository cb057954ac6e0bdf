// Every htmx request carries the CSRF token of the page (Spring Security checks it on POST).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A list that refreshes itself (hx-trigger="every …") is not redrawn while the keyboard's focus is
// inside it: an officer tabbing to a button does not lose it every few seconds. The
// next refresh after focus leaves brings it up to date.
document.addEventListener('htmx:beforeRequest', function (event) {
  var target = event.detail.elt;
  if (!target || !target.getAttribute) { return; }
  var trigger = target.getAttribute('hx-trigger') || '';
  if (trigger.indexOf('every') !== 0) { return; }
  if (target.contains(document.activeElement) && document.activeElement !== document.body) {
    event.preventDefault();
  }
});
