/* “归不归纪委监委管？”：把整棵问答树（页面里已有，只显示第一个问题）变成一次一题。
   点答案显示下一步，“上一步”和浏览器的返回键都回到上一题，“从头再来”回到第一题。
   不用脚本时，每个答案是指向那一步静态页面的普通链接，照样能一步步走完。
   只用页面里已有的内容：不联网读取，不用 eval，从 file:// 打开也能用。 */
(function () {
  var root = document.getElementById('scope-check');
  var back = document.getElementById('scope-back');
  var restart = document.getElementById('scope-restart');
  if (!root || !back || !restart || !window.history || !history.pushState) return;
  var steps = {};
  var sections = root.querySelectorAll('[data-step]');
  for (var i = 0; i < sections.length; i++) steps[sections[i].getAttribute('data-step')] = sections[i];
  var start = root.getAttribute('data-start');
  if (!steps[start]) return;
  var current = start;
  var depth = 0;

  function show(id, newDepth, focus) {
    if (!steps[id]) { id = start; newDepth = 0; }
    steps[current].hidden = true;
    steps[id].hidden = false;
    current = id;
    depth = newDepth;
    back.hidden = depth === 0;
    restart.hidden = depth === 0;
    root.setAttribute('data-current', id);
    if (focus) {
      var heading = steps[id].querySelector('.scope-heading');
      if (heading) heading.focus();
    }
  }

  root.classList.add('scope-stepper');
  history.replaceState({ scopeStep: start, scopeDepth: 0 }, '');
  show(start, 0, false);

  root.addEventListener('click', function (event) {
    var link = event.target;
    while (link && link !== root && !(link.tagName === 'A' && link.hasAttribute('data-next'))) link = link.parentNode;
    if (!link || link === root) return;
    var next = link.getAttribute('data-next');
    if (!steps[next] || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState({ scopeStep: next, scopeDepth: depth + 1 }, '', '#step-' + next);
    show(next, depth + 1, true);
  });

  window.addEventListener('popstate', function (event) {
    var state = event.state;
    if (state && state.scopeStep) show(state.scopeStep, state.scopeDepth || 0, true);
    else show(start, 0, true);
  });

  back.addEventListener('click', function () { if (depth > 0) history.back(); });
  restart.addEventListener('click', function () {
    if (depth > 0) history.go(-depth);
  });
})();
