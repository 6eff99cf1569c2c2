ZhengfengSearch.docs(0,[
["首页","","",""],
["办事指南","","guide/",""],
["受理范围","办事指南","guide/fanwei/",""],
["怎样举报 \u003cscript>alert(1)\u003c/script>","办事指南","guide/how/",""],
["宣传年启动","工作动态","news/launch/","2026-03-18"],
["走进农村","工作动态","news/outreach/","2026-05-14"]]);
