welcome =
    欢迎!这是由 { $organizer } 和合作团体({ $partners })发起的请愿,反对日本《出入国管理及难民认定法》(入管法)的修改。

    你想使用哪种语言?
welcome-back = 欢迎回来,感谢你的签名。
welcome-continue = 欢迎回来!这是你上次停下的地方。
language-prompt = 你想使用哪种语言?
language-set = 好的,从现在起我会用简体中文。

petition =
    📝 请愿书

    我们反对修改《入管法》。这次修改会压迫难民,危及没有在留资格的人的生命。我们要求停止这项法案,并进行改革,保护所有生活在日本的人的生命和权利。

    致:{ $addressees }。

    这项法案有五个问题。你可以逐一阅读,也可以现在就签名。

concern-1 =
    { $position }/{ $total } 遣返难民申请者

    日本认定的难民非常少。法案没有先改善这一低认定率,就允许国家遣返正在申请难民身份的人。
concern-2 =
    { $position }/{ $total } 惩罚无法回国的人

    难民以及因故无法回国的人,将被命令离开日本,如不服从还会受到处罚。
concern-3 =
    { $position }/{ $total } 没有尽头的收容

    没有在留资格的外国人,仍可能被无限期或长年收容。法案保留了这一制度。
concern-4 =
    { $position }/{ $total } 只有监视,没有支持

    新的"监理措施"制度将加强对获释离开收容设施的人的监视。被禁止工作的人却得不到任何生活保障。
concern-5 =
    { $position }/{ $total } 留下来的机会更少

    在留特别许可是让没有在留资格的人(例如在日本长大的孩子)获准留下来的途径。法案将减少给予这种许可的情况。

background =
    法案背景:日本的入管收容

    • 2021年,维什玛·桑达玛丽(Wishma Sandamali)女士在名古屋入管局收容期间死亡。外界对她所受待遇的批评,使2021年的法案被撤回。
    • 2014年3月30日,一名喀麦隆男子在牛久的入管收容所死亡,此前他诉说痛苦却无人理会。他的家人提起诉讼,部分胜诉。
    • 德尼兹(Deniz)先生在收容期间遭到多名职员殴打,后向法院起诉。
    • 处于"假放免"(临时解除收容)状态的人不得工作,也没有生活保护和健康保险,即使身患重病也是如此。联合国已呼吁改善这一状况。
    • 从小来到日本或在日本出生的孩子,在没有在留资格的情况下上学、长大,每天都担心被送到一个自己并不了解的国家。

menu = 你想做什么?
help =
    你随时可以使用以下命令:
    /start – 重新开始
    /sign – 签署请愿
    /status – 查看我们保存的你的信息
    /withdraw – 删除你的签名
    /updates – 开启或关闭最新消息
    /language – 更改语言
    /privacy – 我们如何处理你的数据
    /menu – 主菜单
    /paper – 用纸签名
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – 停止签名
    /help – 显示此列表
not-understood = 抱歉,我没有理解。
old-button = 这个按钮属于之前的步骤。
media-not-understood = 谢谢!不过我只能读懂文字和按钮。
unknown-command = 我不认识这个命令。输入 /help 查看命令列表。
use-buttons = 请用按钮回答(或输入"是"或"否")。

# The button under a broadcast update that carries a link.
broadcast-link = 打开链接
slow-down = 你发送消息太快了。请稍等片刻再继续。
storage-unavailable = 抱歉,现在无法保存任何内容,所以什么都没有记录。请稍后再试。
