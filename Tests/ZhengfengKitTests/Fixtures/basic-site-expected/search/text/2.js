ZhengfengSearch.text(2,"受理哪些事项 检举控告、申诉、批评建议。");
