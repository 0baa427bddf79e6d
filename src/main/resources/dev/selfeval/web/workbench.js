// The workbench's own script: dropping forms and following a run's progress (审核), and a ledger
// row's why / why-not on a click (表单). The rest of the page updates through htmx attributes.
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]').content;

  // A state change to the workbench: the page's CSRF token with it, the answer's status and JSON body back;
  // a network failure rejects. editor.js uses it too.
  function request(url, body) {
    return fetch(url, {method: 'POST', body: body, headers: {'X-CSRF-Token': csrf}, credentials: 'same-origin'})
      .then(function (r) { return r.json().then(function (j) { return {status: r.status, body: j}; }); });
  }
  window.selfeval = {post: request};

  function show(text) {
    document.getElementById('progress').hidden = false;
    document.getElementById('status').textContent = text;
  }

  function follow(job) {
    var refused = document.getElementById('refused');
    refused.textContent = '';
    (job.refused || []).forEach(function (r) {
      var li = document.createElement('li');
      li.textContent = '未审核：' + r;
      refused.appendChild(li);
    });
    show('已排队：' + job.files + ' 个文件');
    var events = new EventSource('/api/runs/' + encodeURIComponent(job.job) + '/events');
    events.addEventListener('progress', function (e) {
      var s = JSON.parse(e.data);
      var bar = document.getElementById('bar');
      bar.max = Math.max(s.files, 1);
      bar.value = s.filesDone;
      show('已审核 ' + s.filesDone + ' / ' + s.files + ' 个文件，' + s.formsDone + ' 张表，每秒 ' + s.formsPerSecond + ' 张'
        + (s.secondsLeft != null ? '，约剩 ' + s.secondsLeft + ' 秒' : ''));
    });
    events.addEventListener('done', function (e) {
      events.close();
      var s = JSON.parse(e.data);
      var bar = document.getElementById('bar');
      bar.max = 1;
      bar.value = 1;
      var status = document.getElementById('status');
      status.textContent = '审核完成：' + (s.formsDone != null ? s.formsDone + ' 张表，' : '') + '已保存为运行 ' + s.run + '。 ';
      var a = document.createElement('a');
      a.id = 'result-link';
      a.href = '/runs/' + s.run;
      a.textContent = '查看结果';
      status.appendChild(a);
    });
    events.addEventListener('failed', function (e) {
      events.close();
      show('审核失败：' + (JSON.parse(e.data).error || ''));
    });
  }

  function post(body) {
    show('正在上传……');
    request('/api/runs', body)
      .then(function (r) {
        if (r.status !== 202) { throw new Error(r.body.error || ('HTTP ' + r.status)); }
        follow(r.body);
      })
      .catch(function (err) { show('上传被拒绝：' + err.message); });
  }

  function send(files) {
    if (!files.length) { show('没有收到文件'); return; }
    var body = new FormData();
    files.forEach(function (f) { body.append('files', f.file, f.path); });
    post(body);
  }

  function walk(entry, path, out) {
    return new Promise(function (done) {
      if (entry.isFile) {
        entry.file(function (f) { out.push({file: f, path: path + f.name}); done(); }, function () { done(); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader();
        var all = [];
        (function more() {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, path + entry.name + '/', out); })).then(done);
            } else { all = all.concat(Array.prototype.slice.call(batch)); more(); }
          }, function () { done(); });
        })();
      } else { done(); }
    });
  }

  var drop = document.getElementById('drop');
  if (drop) {
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      drop.classList.remove('over');
      var out = [];
      var items = Array.prototype.slice.call(e.dataTransfer.items || []);
      var entries = items.map(function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean);
      if (entries.length) {
        Promise.all(entries.map(function (en) { return walk(en, '', out); })).then(function () { send(out); });
      } else {
        send(Array.prototype.slice.call(e.dataTransfer.files).map(function (f) { return {file: f, path: f.name}; }));
      }
    });
    ['pick-files', 'pick-folder'].forEach(function (id) {
      document.getElementById(id).addEventListener('change', function (e) {
        send(Array.prototype.slice.call(e.target.files).map(function (f) { return {file: f, path: f.webkitRelativePath || f.name}; }));
      });
    });
  }
  var folderForm = document.getElementById('folder-form');
  if (folderForm) {
    folderForm.addEventListener('submit', function (e) {
      e.preventDefault();
      post(new FormData(folderForm));
    });
  }

  document.querySelectorAll('form.revert').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = new URLSearchParams(new FormData(f));
      request('/api/rules/changes/' + f.dataset.change + '/revert', body).then(function (r) {
        if (r.status === 200) { location.reload(); } else { alert('未撤销：' + (r.body.error || r.status)); }
      }).catch(function (err) { alert('未撤销：' + err.message); });
    });
  });

  var propose = document.getElementById('propose-form');
  if (propose) {
    propose.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = new URLSearchParams(new FormData(propose));
      body.append('run', propose.dataset.run);
      body.append('seq', propose.dataset.seq);
      var shown = document.getElementById('proposed');
      request('/api/waivers', body).then(function (r) {
        shown.textContent = r.status === 201 ? '已提交豁免申请 ' + r.body.proposal + '，待规则管理人批准' : '未提交：' + (r.body.error || r.status);
      }).catch(function (err) { shown.textContent = '未提交：' + err.message; });
    });
  }

  var view = document.getElementById('form-view');
  if (view) {
    // the form as received, with each finding on its cell, is what the page is for: open
    view.querySelectorAll('details.as-received').forEach(function (d) { d.open = true; });
    view.addEventListener('click', function (e) {
      var row = e.target.closest('tr.lrow');
      if (!row || e.target.closest('a')) { return; }
      view.querySelectorAll('tr.lrow.chosen').forEach(function (r) { r.classList.remove('chosen'); });
      row.classList.add('chosen');
      htmx.ajax('GET', view.dataset.why + '?item=' + encodeURIComponent(row.dataset.item), '#why');
    });
  }
})();
