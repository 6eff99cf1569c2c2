ZhengfengSearch.text(4,"三月，宣传年正式启动。 这是第二段。");
