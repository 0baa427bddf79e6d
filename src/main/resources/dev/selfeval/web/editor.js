// The rules editor: line numbers beside the text, syntax colouring under it, the rules check on every pause in typing with each
// diagnostic at its line, the preview's request carrying the edited text, and saving with a reason.
(function () {
  'use strict';
  var source = document.getElementById('source');
  var gutter = document.getElementById('gutter');
  var file = source.dataset.file;
  var marks = {};
  var timer = null;
  var asked = 0; // checks answer out of order (a typo fails fast, a whole compile takes longer): only the last one asked is shown

  // Syntax colouring: the text drawn again, coloured, under the transparent text area (no library, no build step)
  var shade = document.getElementById('shade');
  var DRL = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:[^"\\\n]|\\.)*")|(@[A-Za-z]+)|\b(rule|when|then|end|package|import|global|function|query|declare|not|exists|eval|from|collect|accumulate|forall|and|or|modify|update|insert|retract|delete|salience|no-loop|true|false|null|new|if|else|return)\b|\b(\d+(?:\.\d+)?)\b/g;
  var YAML = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'[^'\n]*')|(^[ \t-]*[^\s:#][^:#\n]*:(?=\s|$))|\b(true|false|null)\b|(-?\b\d+(?:\.\d+)?\b)/gm;
  var KINDS = ['c', 's', 'a', 'k', 'n'];

  function escape(t) {
    return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function paint() {
    var text = source.value;
    var re = /\.drl$/.test(file) ? DRL : YAML;
    var yaml = re === YAML;
    var out = '';
    var at = 0;
    re.lastIndex = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') { re.lastIndex++; continue; }
      out += escape(text.slice(at, m.index));
      for (var g = 1; g <= 5; g++) {
        if (m[g] !== undefined) {
          var kind = yaml && g === 3 ? 'y' : KINDS[g - 1];
          out += '<span class="' + kind + '">' + escape(m[0]) + '</span>';
          break;
        }
      }
      at = m.index + m[0].length;
    }
    shade.innerHTML = out + escape(text.slice(at)) + '\n';
    shade.scrollTop = source.scrollTop;
    shade.scrollLeft = source.scrollLeft;
  }

  function numbers() {
    var n = source.value.split('\n').length;
    var out = [];
    for (var i = 1; i <= n; i++) { out.push(marks[i] ? '● ' + i : String(i)); }
    gutter.textContent = out.join('\n');
    gutter.scrollTop = source.scrollTop;
  }

  function post(url, fields) {
    return window.selfeval.post(url, new URLSearchParams(fields));
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
    paint();
    document.getElementById('content-field').value = source.value;
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  source.addEventListener('scroll', function () {
    gutter.scrollTop = source.scrollTop;
    shade.scrollTop = source.scrollTop;
    shade.scrollLeft = source.scrollLeft;
  });
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
  paint();
  source.closest('.editor').classList.add('painted'); // the text shows through its coloured copy from now on
  check();
})();
