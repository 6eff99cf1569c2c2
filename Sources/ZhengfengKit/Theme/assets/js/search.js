/* 全站搜索。搜索页 search/index.html 从网址的 ?q= 读出要找的词，把结果（标题、栏目、日期、
   带标记的摘要）按相关程度写进 #search-results。索引文件都是普通脚本（search/manifest.js、
   search/terms/N.js 等），用 <script src> 按需加载、各自向 window.ZhengfengSearch 登记，
   所以从 file://、U 盘、内网共享和微信浏览器打开都能用；不用 fetch、eval 和内联脚本。
   分词和打分规则与 Sources/ZhengfengKit/Search 一致：中文按相邻两字切分，英文词和数字整体。 */
(function () {
  'use strict';
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var input = document.getElementById('search-q');
  if (!results || !status) return;
  var scripts = document.getElementsByTagName('script');
  var self = document.currentScript || scripts[scripts.length - 1];
  var root = self.src.replace(/assets\/js\/search\.js([?#].*)?$/, '');
  // 结果链接照本页的写法：本页网址以 index.html 结尾（相对链接、file://）时，栏目链接也补上 index.html。
  var folderSuffix = /\/index\.html$/.test(window.location.pathname) ? 'index.html' : '';
  var PAGE = 10;
  var state = { manifest: null, shards: {}, docs: {}, texts: {} };

  window.ZhengfengSearch = {
    manifest: function (value) { state.manifest = value; },
    terms: function (shard, terms) { state.shards[shard] = terms; },
    docs: function (block, rows) { state.docs[block] = rows; },
    text: function (number, text) { state.texts[number] = text; }
  };

  function load(paths, done) {
    var left = paths.length;
    var failed = false;
    if (!left) { done(true); return; }
    paths.forEach(function (path) {
      var element = document.createElement('script');
      element.src = root + path;
      element.onload = function () { if (--left === 0) done(!failed); };
      element.onerror = function () { failed = true; if (--left === 0) done(false); };
      document.head.appendChild(element);
    });
  }

  function normalized(code) {
    if (code >= 0xFF01 && code <= 0xFF5E) code -= 0xFEE0;
    if (code >= 0x41 && code <= 0x5A) code += 0x20;
    return code;
  }
  function kind(code) {
    if (code >= 0x30 && code <= 0x39) return 'digit';
    if (code >= 0x61 && code <= 0x7A) return 'letter';
    if ((code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) ||
        (code >= 0xF900 && code <= 0xFAFF) || (code >= 0x20000 && code <= 0x2FA1F)) return 'cjk';
    return 'other';
  }
  /* 连续的中文、字母或数字各成一段。 */
  function runs(text) {
    var list = [], run = [], current = 'other';
    for (var i = 0; i < text.length; i++) {
      var code = text.codePointAt(i);
      if (code > 0xFFFF) i++;
      code = normalized(code);
      var next = kind(code);
      if (next !== current || next === 'other') {
        if (run.length) list.push({ chars: run, cjk: current === 'cjk' });
        run = [];
        current = next;
      }
      if (next !== 'other') run.push(String.fromCodePoint(code));
    }
    if (run.length) list.push({ chars: run, cjk: current === 'cjk' });
    return list;
  }
  function queryTerms(text) {
    var terms = [];
    runs(text).forEach(function (run) {
      if (run.cjk && run.chars.length > 1) {
        for (var i = 0; i + 1 < run.chars.length; i++) terms.push(run.chars[i] + run.chars[i + 1]);
      } else {
        terms.push(run.chars.join(''));
      }
    });
    return terms.filter(function (term, index) { return terms.indexOf(term) === index; });
  }
  function shardOf(term, count) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % count;
  }

  /* 每个词的分数相加，再乘以命中词占全部词的比例；同分按页面顺序。 */
  function rank(terms) {
    var sums = {};
    terms.forEach(function (term) {
      var shard = state.shards[shardOf(term, state.manifest.shards)] || {};
      var postings = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : [];
      var doc = 0;
      for (var i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        var sum = sums[doc] || (sums[doc] = { score: 0, matched: 0 });
        sum.score += postings[i + 1];
        sum.matched += 1;
      }
    });
    return Object.keys(sums).map(function (key) {
      var sum = sums[key];
      return { doc: Number(key), rank: sum.score * sum.matched / terms.length };
    }).sort(function (a, b) { return b.rank - a.rank || a.doc - b.doc; });
  }

  /* 摘要：从第一个命中处前后取一段，命中的字用 <mark> 标出。 */
  function snippet(text, words) {
    var lower = text.toLowerCase();
    var ranges = [];
    words.forEach(function (word) {
      if (!word) return;
      var at = lower.indexOf(word);
      while (at >= 0) { ranges.push([at, at + word.length]); at = lower.indexOf(word, at + word.length); }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var start = ranges.length ? Math.max(0, ranges[0][0] - 30) : 0;
    var end = Math.min(text.length, start + 120);
    var span = document.createElement('span');
    span.className = 'search-result-snippet';
    var position = start;
    if (start > 0) span.appendChild(document.createTextNode('…'));
    ranges.forEach(function (range) {
      var from = Math.max(range[0], position), to = Math.min(range[1], end);
      if (to <= from) return;
      span.appendChild(document.createTextNode(text.slice(position, from)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      span.appendChild(mark);
      position = to;
    });
    span.appendChild(document.createTextNode(text.slice(position, end) + (end < text.length ? '…' : '')));
    return span;
  }

  /* 查询里要标出的词：每段中文两字一组，再加上英文词和数字。 */
  function markWords(query) {
    var words = [];
    runs(query).forEach(function (run) {
      if (run.cjk && run.chars.length > 1) {
        for (var i = 0; i + 1 < run.chars.length; i++) words.push(run.chars[i] + run.chars[i + 1]);
      } else {
        words.push(run.chars.join(''));
      }
    });
    return words;
  }

  function show(ranked, from, words, done) {
    var shown = ranked.slice(from, from + PAGE);
    var block = state.manifest.block;
    var paths = [];
    shown.forEach(function (hit) {
      var docs = 'search/docs/' + Math.floor(hit.doc / block) + '.js';
      if (!state.docs[Math.floor(hit.doc / block)] && paths.indexOf(docs) < 0) paths.push(docs);
      if (state.texts[hit.doc] === undefined) paths.push('search/text/' + hit.doc + '.js');
    });
    load(paths, function () {
      shown.forEach(function (hit) {
        var row = (state.docs[Math.floor(hit.doc / block)] || [])[hit.doc % block];
        if (!row) return;
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + row[2].split('/').map(encodeURIComponent).join('/') + folderSuffix;
        link.textContent = row[0];
        item.appendChild(link);
        var meta = [row[1], row[3]].filter(Boolean).join(' · ');
        if (meta) {
          var line = document.createElement('span');
          line.className = 'search-result-meta';
          line.textContent = meta;
          item.appendChild(line);
        }
        item.appendChild(snippet(state.texts[hit.doc] || '', words));
        results.appendChild(item);
      });
      done();
    });
  }

  function search(query) {
    var terms = queryTerms(query);
    if (!terms.length) { status.textContent = '请在上面的框里输入要找的字词。'; return; }
    status.textContent = '正在搜索……';
    load(['search/manifest.js'], function (ok) {
      if (!ok || !state.manifest) { status.textContent = '搜索索引没有加载成功，请改用全站索引。'; return; }
      var shards = [];
      terms.forEach(function (term) {
        var path = 'search/terms/' + shardOf(term, state.manifest.shards) + '.js';
        if (shards.indexOf(path) < 0) shards.push(path);
      });
      load(shards, function () {
        var ranked = rank(terms);
        var words = markWords(query);
        if (!ranked.length) { status.textContent = '没有找到含有“' + query + '”的页面。换个说法试试，或查看全站索引。'; return; }
        show(ranked, 0, words, function () {
          status.textContent = '找到 ' + ranked.length + ' 个相关页面' + (ranked.length > PAGE ? '，先列出最相关的 ' + PAGE + ' 个' : '') + '。';
          if (ranked.length > PAGE) addMore(ranked, PAGE, words);
        });
      });
    });
  }

  function addMore(ranked, from, words) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button search-more-button';
    button.textContent = '显示更多结果';
    button.addEventListener('click', function () {
      button.parentNode.removeChild(button);
      show(ranked, from, words, function () { if (ranked.length > from + PAGE) addMore(ranked, from + PAGE, words); });
    });
    results.parentNode.insertBefore(button, results.nextSibling);
  }

  var query = '';
  window.location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    var parts = pair.split('=');
    if (parts[0] === 'q' && parts.length > 1 && !query) {
      try { query = decodeURIComponent(parts.slice(1).join('=').replace(/\+/g, ' ')); } catch (e) { query = parts[1]; }
    }
  });
  query = query.trim();
  if (input) input.value = query;
  if (query) search(query); else status.textContent = '请在上面的框里输入要找的字词。';
})();
