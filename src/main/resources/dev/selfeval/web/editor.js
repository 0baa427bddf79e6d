// The rules editor: line numbers beside the text, the rules check on every pause in typing with each
// diagnostic at its line, the preview's request carrying the edited text, and saving with a reason.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var source = document.getElementById('source');
  var gutter = document.getElementById('gutter');
  var file = source.dataset.file;
  var marks = {};
  var timer = null;
  var asked = 0; // checks answer out of order (a typo fails fast, a whole compile takes longer): only the last one asked is shown

  function numbers() {
    var n = source.value.split('\n').length;
    var out = [];
    for (var i = 1; i <= n; i++) { out.push(marks[i] ? '● ' + i : String(i)); }
    gutter.textContent = out.join('\n');
    gutter.scrollTop = source.scrollTop;
  }

  function post(url, fields) {
    var body = new URLSearchParams(fields);
    return fetch(url, {method: 'POST', body: body, headers: {'X-CSRF-Token': csrf}, credentials: 'same-origin'})
      .then(function (r) { return r.json().then(function (j) { return {status: r.status, body: j}; }); });
  }

  function check() {
    document.getElementById('content-field').value = source.value;
    var mine = ++asked;
    post('/api/rules/check', {file: file, content: source.value}).then(function (r) {
      if (mine !== asked) { return; }
      var box = document.getElementById('diagnostics');
      box.textContent = '';
      marks = {};
      var list = (r.body && r.body.diagnostics) || [];
      if (r.status !== 200) {
        list = [{file: file, line: 0, column: 0, message: r.body.error || ('HTTP ' + r.status)}];
      }
      if (!list.length) {
        var ok = document.createElement('p');
        ok.className = 'ok';
        ok.textContent = '检查通过：可以编译，样本表上每条规则都能运行';
        box.appendChild(ok);
      }
      list.forEach(function (d) {
        var p = document.createElement('p');
        p.className = 'diagnostic';
        p.dataset.line = d.line;
        p.textContent = d.file + (d.line > 0 ? ':' + d.line + (d.column > 0 ? ':' + d.column : '') : '') + '  ' + d.message;
        if (d.file === file && d.line > 0) { marks[d.line] = true; }
        box.appendChild(p);
      });
      numbers();
    });
  }

  source.addEventListener('input', function () {
    numbers();
    document.getElementById('content-field').value = source.value;
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  source.addEventListener('scroll', function () { gutter.scrollTop = source.scrollTop; });
  document.getElementById('save-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = new FormData(e.target);
    post('/api/rules/save', {file: file, content: source.value, author: form.get('author'), reason: form.get('reason')})
      .then(function (r) {
        document.getElementById('saved').textContent = r.status === 200
          ? '已保存为变更 ' + r.body.change + '，新规则已启用'
          : '未保存：' + (r.body.error || ('HTTP ' + r.status));
      });
  });
  document.getElementById('content-field').value = source.value;
  numbers();
  check();
})();
