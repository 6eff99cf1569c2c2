ZhengfengSearch.manifest({"documents":6,"shards":1,"block":64});
