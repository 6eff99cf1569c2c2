ZhengfengSearch.text(5,"展板进村头。");
