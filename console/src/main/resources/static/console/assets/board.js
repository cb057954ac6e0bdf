// The board's connection state for the people watching it: htmx's SSE extension reconnects by
// itself (with back-off); the screen says so while it does, and shows when it was last updated.
(function () {
  function status(text, lost) {
    var el = document.getElementById('connection');
    if (!el) { return; }
    el.textContent = text;
    el.className = lost ? 'connection lost' : 'connection';
  }
  function clock() {
    var now = new Date();
    return ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2) + ':' + ('0' + now.getSeconds()).slice(-2);
  }
  document.addEventListener('htmx:sseOpen', function () { status('实时更新中', false); });
  document.addEventListener('htmx:sseError', function () { status('连接中断，正在重新连接…', true); });
  document.addEventListener('htmx:sseMessage', function () { status('实时更新中 · ' + clock() + ' 更新', false); });
})();
