/* 长者模式：记住读者的选择，在本站每一页保持。不用脚本时开关照样可用，只是不跨页面保持。
   此文件紧跟在开关之后加载（同步、很小），页面显示之前就恢复状态，不会闪一下。 */
(function () {
  var KEY = 'zhengfeng-elder-mode';
  var box = document.getElementById('elder-mode');
  if (!box) return;
  try { box.checked = window.localStorage.getItem(KEY) === '1'; } catch (e) { /* 存储不可用：只在本页切换 */ }
  box.addEventListener('change', function () {
    try { window.localStorage.setItem(KEY, box.checked ? '1' : '0'); } catch (e) { /* 同上 */ }
  });
})();
