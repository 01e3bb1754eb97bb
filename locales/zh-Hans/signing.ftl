privacy =
    🔒 我们如何处理你的签名
    • 收集什么:你的姓名,以及(如果你愿意)你所在的都道府县(或"日本以外")。仅此而已。我们同时保存你的聊天账号ID,以便你查看或删除自己的签名。
    • 为什么:你的姓名是这份致{ $addressees }的请愿的签名。{ $delivery }{ $organizer } 和合作团体会统计签名数量。
    • 谁能看到:主办团体,以及签名的接收方。绝不公开,也不用于其他任何目的。
    • 保存多久:直到请愿书递交为止,最迟到{ DATETIME($retention_until, dateStyle: "long") }。之后会被删除。
    • 每人只签一次:如果你已经在纸上或网上签过名,请不要再签。
    • 你的权利:随时输入 /status 查看我们保存的信息,输入 /withdraw 删除。
consent =
    { privacy }

    你是否同意并签名?
consent-declined = 没关系。你随时可以用 /sign 签名。

ask-name = 请输入你要写在请愿书上的姓名(例如:王小红)。
name-error-empty = 我没有收到姓名。
name-error-too-long = 姓名超过了100个字符。请使用较短的写法。
name-error-invisible = 姓名中有看不见的字符或控制字符。请用普通文字重新输入。
name-error-link = 姓名中不能包含网址。
name-error-symbols = 请只使用文字、空格和普通标点,不要使用表情符号或其他符号。
name-error-no-letters = 姓名中至少需要一个文字。

ask-prefecture = 你住在哪个都道府县?请选择一个、输入名称,或选择"日本以外"或"跳过"。
prefecture-unknown = 我找不到这个都道府县。请试试输入"大阪"或"Osaka"这样的名称。
place-abroad = 日本以外
place-none = 未填写都道府县

ask-updates = 你愿意偶尔在这里收到关于请愿的最新消息吗?例如签名递交的时候。你随时可以停止。
updates-chosen-yes = 是
updates-chosen-no = 否

confirm-signature =
    你的签名将记录为:
    { $name },{ $place }
    最新消息:{ $updates }

    这样对吗?

signed-thanks = 谢谢你的签名!目前已有 { $total } 人签名(目标:{ $goal })。
already-signed = 你已经签过名了。谢谢!
paper-form =
    ✉️ 家人和朋友也可以在纸上签名。
    { $delivery }{ $paper_how }
    把签名表邮寄到:
    { $mailing_address }
share =
    { share-heading }
    我签署了 { $organizer } 发起的请愿,反对会危害难民和没有在留资格的人的日本《入管法》修改。你也来签名吧:{ $link }

status-signed =
    我们保存的你的信息:
    • 姓名:{ $name }
    • 都道府县:{ $place }
    • 签名日期:{ DATETIME($date, dateStyle: "long") },第 { $number } 位签名者
    • 最新消息:{ $updates }
    • 语言:{ $language }
    • 通过你的链接签名的人数:{ $referrals }
    输入 /withdraw 可删除你的签名。
status-not-signed = 你还没有签名。我们只保存你的聊天账号ID、语言({ $language })和最新消息设置({ $updates })。

withdraw-confirm = 要删除你的签名吗?你的姓名和都道府县将被删除,签名也不再计入。我们只保留撤回次数的匿名统计。
withdraw-done = 完成。你的签名、姓名和都道府县已删除,最新消息也已关闭。
withdraw-kept = 好的,你的签名会保留。谢谢。
withdraw-nothing = 你没有可删除的签名,我们也没有保存你的姓名。

updates-are-on = 最新消息已开启。
updates-are-off = 最新消息已关闭。
updates-now-on = 最新消息已开启。谢谢!
updates-now-off = 最新消息已关闭。你不会再收到消息。
