ZhengfengSearch.text(1,"本栏目介绍怎样举报。");
