ZhengfengSearch.text(0,"欢迎访问测试站点。这里的第一段会成为首页摘要。");
