<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <source>Agenda: the chosen day, then the coming weeks</source>
        <translation>日程：选中的那一天，然后是接下来几周</translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>视频就诊</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>This visit was moved or changed</source>
        <translation>这次就诊已改期或有变动</translation>
    </message>
    <message>
        <source>Nothing booked on this day.</source>
        <translation>这一天没有安排。</translation>
    </message>
    <message>
        <source>The next four weeks</source>
        <translation>接下来四周</translation>
    </message>
    <message>
        <source>Nothing booked in the four weeks after this day.</source>
        <translation>这一天之后的四周内没有安排。</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <source>Alert settings</source>
        <translation>提醒设置</translation>
    </message>
    <message numerus="yes">
        <source> points or more</source>
        <translation>
            <numerusform> 分或以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually {threshold} (source: {source}). If your team gave you another number, type theirs: it replaces this one.</source>
        <translation>通常为 {threshold}（来源：{source}）。如果您的团队给了您另一个数值，请输入他们的数值：它将取代这个数值。</translation>
    </message>
</context>
<context>
    <name>AlertSettingsForm</name>
    <message>
        <source>Alert settings</source>
        <translation>提醒设置</translation>
    </message>
    <message>
        <source>After you save an entry, the diary points out scores that may need a call to the team. Set these as your care team advises; the usual values are shown in brackets.</source>
        <translation>保存一条记录后，日记会指出可能需要打电话告诉团队的分数。请按照照护团队的建议来设置；括号里是通常的数值。</translation>
    </message>
    <message>
        <source>Point out any score of (usually 7, the severe band):</source>
        <translation>任何一项分数达到以下数值时指出（通常为 7，即重度范围）：</translation>
    </message>
    <message>
        <source>Score that raises an alert</source>
        <translation>触发提醒的分数</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> 分或以上</translation>
    </message>
    <message>
        <source>Or a rise above the recent average of (usually 3):</source>
        <translation>或者比近期平均分高出（通常为 3）：</translation>
    </message>
    <message>
        <source>Rise that raises an alert</source>
        <translation>触发提醒的升高幅度</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> 分或以上</translation>
    </message>
    <message>
        <source>The recent average covers the last (usually 7):</source>
        <translation>近期平均分按最近几天计算（通常为 7）：</translation>
    </message>
    <message>
        <source>Days in the recent average</source>
        <translation>近期平均分包含的天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After you save an entry with a temperature or an oxygen saturation, the diary also points out these readings.</source>
        <translation>当您保存含有体温或血氧饱和度的记录时，日记也会指出以下读数。</translation>
    </message>
    <message>
        <source>Point out a temperature at or above:</source>
        <translation>体温达到或高于此值时提示：</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>发烧阈值</translation>
    </message>
    <message>
        <source>Point out an oxygen saturation below:</source>
        <translation>血氧饱和度低于此值时提示：</translation>
    </message>
    <message>
        <source>Low oxygen threshold</source>
        <translation>低血氧阈值</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Source: the number your team gave you. There is no usual value: what is low depends on the person. Leave the box empty to keep this alert off.</source>
        <translation>来源：您的团队给您的数值。没有通常值：多低算低因人而异。将此框留空即可保持此提示关闭。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside Care Companion. What you saved before this is safe. Please close and reopen the app; if it happens again, report it with the details below.</source>
        <translation>Care Companion 内部出了问题。在此之前保存的内容都是安全的。请关闭并重新打开这个应用；如果再次出现，请连同下面的详细信息一起报告。</translation>
    </message>
</context>
<context>
    <name>AppointmentDetails</name>
    <message>
        <source>Details of the chosen appointment</source>
        <translation>所选预约的详细信息</translation>
    </message>
    <message>
        <source>times shown in the home time zone; booked in {zone}</source>
        <translation>时间按家庭时区显示；预约时使用的时区为 {zone}</translation>
    </message>
    <message>
        <source>times shown in this computer&apos;s zone; booked in {zone}</source>
        <translation>时间按这台电脑的时区显示；预约时使用的时区为 {zone}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>{repeat}; this visit was moved or changed</source>
        <translation>{repeat}；这次就诊已改期或有变动</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Video link:</source>
        <translation>视频链接：</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <source>Getting there:</source>
        <translation>交通安排：</translation>
    </message>
    <message>
        <source>Bring or prepare:</source>
        <translation>携带或准备：</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>就诊时的决定：</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>编辑预约</translation>
    </message>
    <message>
        <source>Edit every visit of the series</source>
        <translation>编辑这个系列的每次就诊</translation>
    </message>
    <message>
        <source>Edit this visit only</source>
        <translation>只编辑这次就诊</translation>
    </message>
    <message>
        <source>Edit this and the following visits</source>
        <translation>编辑这次及以后的就诊</translation>
    </message>
    <message>
        <source>Appointment form</source>
        <translation>预约表单</translation>
    </message>
    <message>
        <source>Save appointment</source>
        <translation>保存预约</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>在某个日期</translation>
    </message>
    <message>
        <source>After a number of visits</source>
        <translation>在一定次数之后</translation>
    </message>
    <message numerus="yes">
        <source> visits</source>
        <translation>
            <numerusform> 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder {when}</source>
        <translation>提醒：{when}</translation>
    </message>
    <message>
        <source>As in the imported file</source>
        <translation>与导入的文件相同</translation>
    </message>
    <message>
        <source>You are changing every visit of the series. The dates shown are those of its first visit.</source>
        <translation>您正在修改这个系列的每次就诊。显示的日期是第一次就诊的日期。</translation>
    </message>
    <message>
        <source>You are changing this visit only. Its kind, people, repeats and reminders belong to the whole series.</source>
        <translation>您只修改这一次就诊。就诊类型、参加人员、重复和提醒设置属于整个系列。</translation>
    </message>
    <message>
        <source>You are changing this visit and the ones after it; the visits before stay as they are.</source>
        <translation>您正在修改这次及以后的就诊；之前的就诊保持不变。</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>最后一天(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Please type a title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, such as New York.</source>
        <translation>“{zone}”不是这台电脑认识的时区。请从列表中选择一个，比如 New York。</translation>
    </message>
    <message>
        <source>The repeats cannot stop before the first visit.</source>
        <translation>重复不能在第一次就诊之前停止。</translation>
    </message>
    <message>
        <source>The appointment could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>预约无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的内容还在这里。</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will be at {start}.</source>
        <translation>当晚时钟拨快，{typed} 这个时间不存在：预约将在 {start}。</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will be at {start}, until {end}.</source>
        <translation>当晚时钟拨快，{typed} 这个时间不存在：预约将在 {start}，到 {end} 结束。</translation>
    </message>
    <message>
        <source>The clocks go forward that night, so {typed} does not happen: the appointment will end at {end}.</source>
        <translation>当晚时钟拨快，{typed} 这个时间不存在：预约将在 {end} 结束。</translation>
    </message>
    <message>
        <source>February has a day 29 only in leap years, so in other years this series has no visit in February. For a visit every month, start on day 28 or earlier.</source>
        <translation>二月只有在闰年才有 29 日，所以在其他年份，这个系列在二月没有就诊。如果希望每个月都有一次就诊，请从 28 日或更早的日期开始。</translation>
    </message>
    <message>
        <source>Not every month has a day {day}, so this series has no visit in {months}. For a visit every month, start on day 28 or earlier.</source>
        <translation>并非每个月都有 {day} 日，所以这个系列在{months}没有就诊。如果希望每个月都有一次就诊，请从 28 日或更早的日期开始。</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>What and when</source>
        <translation>内容和时间</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>For example, Oncology review</source>
        <translation>例如：肿瘤科复诊</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>预约类型</translation>
    </message>
    <message>
        <source>All da&amp;y</source>
        <translation>全天(&amp;Y)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>The zone the times are in; usually this computer&apos;s.</source>
        <translation>这些时间所用的时区；通常就是这台电脑的时区。</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>St&amp;ops:</source>
        <translation>停止重复(&amp;O)：</translation>
    </message>
    <message>
        <source>When the repeats stop</source>
        <translation>何时停止重复</translation>
    </message>
    <message>
        <source>Last date of the repeats</source>
        <translation>重复的最后日期</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>地点和人员</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Clinic, floor, room</source>
        <translation>诊所、楼层、房间</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>视频链接(&amp;V)：</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>视频就诊链接</translation>
    </message>
    <message>
        <source>https://... from the clinic&apos;s message</source>
        <translation>诊所消息中的 https://... 链接</translation>
    </message>
    <message>
        <source>&amp;Care team taking part:</source>
        <translation>参加的照护团队成员(&amp;C)：</translation>
    </message>
    <message>
        <source>Care team taking part</source>
        <translation>参加的照护团队成员</translation>
    </message>
    <message>
        <source>Tick the people from the Care team list who take part. Space ticks the selected person.</source>
        <translation>在照护团队名单中勾选参加的人。按空格键可勾选当前选中的人。</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>交通安排</translation>
    </message>
    <message>
        <source>&amp;Who drives:</source>
        <translation>由谁开车接送(&amp;W)：</translation>
    </message>
    <message>
        <source>Who drives</source>
        <translation>由谁开车接送</translation>
    </message>
    <message>
        <source>&amp;Pick-up at:</source>
        <translation>接人时间(&amp;P)：</translation>
    </message>
    <message>
        <source>Pick-up time set</source>
        <translation>已设定接人时间</translation>
    </message>
    <message>
        <source>Pick-up time</source>
        <translation>接人时间</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>What to &amp;bring or prepare:</source>
        <translation>要带或准备的东西(&amp;B)：</translation>
    </message>
    <message>
        <source>What to bring or prepare</source>
        <translation>要带或准备的东西</translation>
    </message>
    <message>
        <source>Medicine list, scan report, a snack...</source>
        <translation>用药清单、检查报告、一点零食……</translation>
    </message>
    <message>
        <source>&amp;Questions to ask:</source>
        <translation>要问的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>要问的问题</translation>
    </message>
    <message>
        <source>Tick the open questions to ask at this visit. Space ticks the selected question.</source>
        <translation>勾选这次就诊时要问的未解答问题。按空格键可勾选当前选中的问题。</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Shown in the window and as a notification while Care Companion is open; missed ones appear when you next open it.</source>
        <translation>Care Companion 打开时，提醒会显示在窗口中，并以通知的形式弹出；错过的提醒会在您下次打开它时显示。</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>就诊之后</translation>
    </message>
    <message>
        <source>What was &amp;decided:</source>
        <translation>就诊时的决定(&amp;D)：</translation>
    </message>
    <message>
        <source>What was decided at the visit</source>
        <translation>就诊时作出的决定</translation>
    </message>
    <message>
        <source>Changes to medicines, tests ordered, the next visit...</source>
        <translation>用药的调整、开的检查、下次就诊……</translation>
    </message>
</context>
<context>
    <name>AppointmentKinds</name>
    <message>
        <source>Oncology</source>
        <translation>肿瘤科</translation>
    </message>
    <message>
        <source>Palliative care</source>
        <translation>姑息治疗</translation>
    </message>
    <message>
        <source>Telehealth video visit</source>
        <translation>视频远程就诊</translation>
    </message>
    <message>
        <source>Infusion or treatment</source>
        <translation>输液或治疗</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Imaging or scan</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <source>Lab work</source>
        <translation>化验</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>医疗操作</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AppointmentScope</name>
    <message>
        <source>Delete a repeating appointment</source>
        <translation>删除重复的预约</translation>
    </message>
    <message>
        <source>“{title}” repeats. Delete only this visit, this visit and the following ones, or every visit? Edit &gt; Undo brings them back.</source>
        <translation>“{title}”是重复的预约。要只删除这一次就诊、删除这次及以后的就诊，还是删除所有就诊？“编辑 &gt; 撤销”可以恢复它们。</translation>
    </message>
    <message>
        <source>Only this visit</source>
        <translation>只有这一次</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>这次及以后</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>所有就诊</translation>
    </message>
    <message>
        <source>Change a repeating appointment</source>
        <translation>修改重复的预约</translation>
    </message>
    <message>
        <source>“{title}” repeats. Change only this visit, this visit and the following ones, or every visit?</source>
        <translation>“{title}”是重复的预约。要只修改这一次就诊、修改这次及以后的就诊，还是修改所有就诊？</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Choose a date between 1900 and 2200.</source>
        <translation>请选择 1900 年到 2200 年之间的日期。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>An appointment can last at most 31 days.</source>
        <translation>一个预约最长只能持续 31 天。</translation>
    </message>
    <message>
        <source>Choose what kind of appointment this is.</source>
        <translation>请选择这是哪种类型的预约。</translation>
    </message>
    <message>
        <source>{zone} is not a time zone this computer knows.</source>
        <translation>{zone} 不是这台电脑认识的时区。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>A reminder can be at most four weeks before the visit.</source>
        <translation>提醒最早只能设在就诊前四周。</translation>
    </message>
    <message>
        <source>Choose at most ten reminders.</source>
        <translation>最多只能选择十个提醒。</translation>
    </message>
    <message>
        <source>This repeat rule cannot be used ({reason}).</source>
        <translation>无法使用这个重复规则（{reason}）。</translation>
    </message>
    <message>
        <source>The repeats must end on or after the first appointment.</source>
        <translation>重复必须在第一次预约当天或之后结束。</translation>
    </message>
    <message>
        <source>This repeat rule gives no dates.</source>
        <translation>按这个重复规则得不到任何日期。</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>ArticlePdf</name>
    <message>
        <source>Words used in this article</source>
        <translation>本文用到的词语</translation>
    </message>
    <message>
        <source>From Care Companion. General information, not medical advice: ask your care team. In an emergency call 911 (or your local emergency number).</source>
        <translation>来自 Care Companion。一般性信息，不是医疗建议：请询问您的照护团队。紧急情况请拨打 911（或当地的急救电话，例如中国大陆为 120）。</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>AsNeededFields</name>
    <message>
        <source>As needed: what the prescription allows</source>
        <translation>按需用药：处方允许的范围</translation>
    </message>
    <message>
        <source>Reasons it may be given</source>
        <translation>可以用药的原因</translation>
    </message>
    <message>
        <source>One a line, as the prescription says: pain, breathlessness...</source>
        <translation>每行一个，按处方写：疼痛、气短……</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Smallest time between doses</source>
        <translation>两次用药的最短间隔</translation>
    </message>
    <message>
        <source>Unit of the time between doses</source>
        <translation>用药间隔的单位</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Most doses in 24 hours</source>
        <translation>24小时内最多剂数</translation>
    </message>
    <message>
        <source>&amp;Given for:</source>
        <translation>用于(&amp;G)：</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>至少间隔(&amp;L)：</translation>
    </message>
    <message>
        <source>between doses</source>
        <translation>（两剂之间）</translation>
    </message>
    <message>
        <source>&amp;Most in 24 hours:</source>
        <translation>24小时内最多(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>The backup could not be saved ({reason}). {advice} Your record itself is safe.</source>
        <translation>备份无法保存（{reason}）。{advice}您的记录本身是安全的。</translation>
    </message>
    <message>
        <source>No backup was made: your care record is damaged. Your earlier backups are untouched. Use File &gt; Restore from backup... to bring back the newest one.</source>
        <translation>没有进行备份：您的照护记录已损坏。您之前的备份没有受到影响。请使用“文件 &gt; 从备份恢复...”恢复最新的备份。</translation>
    </message>
    <message>
        <source>The backup could not be saved ({reason}). Free some disk space, or choose another place, and try again. Your record itself is safe.</source>
        <translation>备份无法保存（{reason}）。请腾出一些磁盘空间，或者选择其他位置，然后再试一次。您的记录本身是安全的。</translation>
    </message>
    <message>
        <source>The backup could not be made ({reason}). Your record itself is safe.</source>
        <translation>无法进行备份（{reason}）。您的记录本身是安全的。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>Your care record was backed up to:
{file}

Care Companion keeps the newest copy of each of the last {daily} days, {weekly} weeks and {monthly} months in that folder.</source>
        <translation>您的照护记录已备份到：
{file}

Care Companion 会在那个文件夹中，为最近 {daily} 天的每一天、{weekly} 周的每一周和 {monthly} 个月的每个月各保留一份最新的副本。</translation>
    </message>
    <message>
        <source>Save a backup to</source>
        <translation>把备份保存到</translation>
    </message>
    <message>
        <source>Care Companion backups (*.sqlite)</source>
        <translation>Care Companion 备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Saved a backup to {file}.</source>
        <translation>已把备份保存到 {file}。</translation>
    </message>
    <message>
        <source>It is encrypted with the record&apos;s password: without the password it cannot be read, so keep the password safe too.</source>
        <translation>它已用这份记录的密码加密：没有密码就无法读取，所以也请保管好密码。</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: anyone who has this file can read the record.</source>
        <translation>请把它放在安全的地方：任何拿到这个文件的人都能读取这份记录。</translation>
    </message>
    <message>
        <source>A backup of your care record was saved to:
{file}

{safety} To bring it back, use File &gt; Restore from backup... &gt; Another file.</source>
        <translation>您的照护记录的备份已保存到：
{file}

{safety}要恢复它，请使用“文件 &gt; 从备份恢复... &gt; 其他文件”。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your record was not changed.</source>
        <translation>备份无法恢复（{reason}）。您的记录没有改动。</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>已恢复 {date} 的备份。</translation>
    </message>
    <message>
        <source>Restored the backup of {date}. Your record as it was just before is kept in the backups folder as {file}.</source>
        <translation>已恢复 {date} 的备份。恢复之前的记录已作为 {file} 保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restored the backup of {date}. Your damaged record was not deleted: it is kept, renamed, as:
{file}</source>
        <translation>已恢复 {date} 的备份。损坏的记录没有被删除：它已改名保存为：
{file}</translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation>检查我的数据</translation>
    </message>
    <message>
        <source>The check could not run ({reason}).</source>
        <translation>无法进行检查（{reason}）。</translation>
    </message>
    <message>
        <source>The newest backup is from {date}.</source>
        <translation>最新的备份是 {date} 的。</translation>
    </message>
    <message>
        <source>There is no backup yet; File &gt; Back up now makes one.</source>
        <translation>还没有备份；“文件 &gt; 立即备份”可以做一份。</translation>
    </message>
    <message>
        <source>Your care record passed a full check: no damage was found.</source>
        <translation>您的照护记录通过了全面检查：没有发现损坏。</translation>
    </message>
    <message>
        <source>The check found damage in your care record ({file}). Do not delete anything. Restore the newest backup with File &gt; Restore from backup...; Care Companion keeps the damaged record as a backup before restoring.</source>
        <translation>检查发现您的照护记录（{file}）有损坏。请不要删除任何东西。请用“文件 &gt; 从备份恢复...”恢复最新的备份；Care Companion 在恢复之前会把损坏的记录保存为一份备份。</translation>
    </message>
    <message>
        <source>Restore from backup...</source>
        <translation>从备份恢复...</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>there is no care record in {folder} yet</source>
        <translation>{folder} 中还没有照护记录</translation>
    </message>
    <message>
        <source>Backed up the care record to {file} ({contents}).</source>
        <translation>已把照护记录备份到 {file}（{contents}）。</translation>
    </message>
    <message>
        <source>The care record was damaged; it was kept, renamed, as {file}.</source>
        <translation>照护记录已损坏；它已改名保存为 {file}。</translation>
    </message>
    <message>
        <source>Restored the backup of {date} ({contents}).</source>
        <translation>已恢复 {date} 的备份（{contents}）。</translation>
    </message>
    <message>
        <source>The record as it was before is kept as {file}.</source>
        <translation>恢复之前的记录已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The care record is damaged, so no backup was made ({problem}). Your earlier backups are untouched; restore the newest one.</source>
        <translation>照护记录已损坏，因此没有进行备份（{problem}）。您之前的备份没有受到影响；请恢复最新的那一份。</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
        <translation>无法恢复 {file}：{reason}。没有做任何改动。</translation>
    </message>
    <message>
        <source>it is the care record itself, not a backup of it</source>
        <translation>这是照护记录本身，不是它的备份</translation>
    </message>
    <message>
        <source>it is a folder; choose the backup file inside it</source>
        <translation>这是一个文件夹；请选择其中的备份文件</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it is far too large to be a Care Companion backup</source>
        <translation>文件太大，不可能是 Care Companion 的备份</translation>
    </message>
    <message>
        <source>it is not a Care Companion backup</source>
        <translation>这不是 Care Companion 的备份</translation>
    </message>
    <message>
        <source>the file is damaged ({problem})</source>
        <translation>文件已损坏（{problem}）</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Care Companion; install that version first</source>
        <translation>它是由更新版本的 Care Companion 保存的；请先安装那个版本</translation>
    </message>
    <message>
        <source>its contents cannot be read ({reason})</source>
        <translation>无法读取其中的内容（{reason}）</translation>
    </message>
    <message>
        <source>the password does not open it (it may have been made under another password, or be damaged)</source>
        <translation>这个密码打不开它（它可能是用另一个密码加密的，也可能已损坏）</translation>
    </message>
    <message>
        <source>it is protected by a password (or damaged); type the password it was made with</source>
        <translation>它受密码保护（或已损坏）；请输入做这份备份时使用的密码</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your damaged record is back in its place, but it could not be opened again ({problem}). Make room on the disk, then close Care Companion and open it again.</source>
        <translation>备份无法恢复（{reason}）。损坏的记录已放回原处，但无法重新打开（{problem}）。请腾出磁盘空间，然后关闭 Care Companion 并重新打开。</translation>
    </message>
    <message>
        <source>Care Companion now shows a new, empty record.</source>
        <translation>Care Companion 现在显示的是一份新的空白记录。</translation>
    </message>
    <message>
        <source>Care Companion cannot show a record now: close it and open it again.</source>
        <translation>Care Companion 现在无法显示记录：请关闭它，然后重新打开。</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}), and your damaged record could not be put back ({problem}). It is not deleted: it is kept, renamed, as:
{file}

{shown} Make room on the disk (or plug the backup&apos;s disk in again), then use File &gt; Restore from backup... again.</source>
        <translation>备份无法恢复（{reason}），损坏的记录也无法放回原处（{problem}）。它没有被删除：它已改名保存为：
{file}

{shown} 请腾出磁盘空间（或重新插上存放备份的磁盘），然后再次使用“文件 &gt; 从备份恢复...”。</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}), and your damaged record could not be put back whole ({problem}). None of its files is deleted; they are now:
{files}

Care Companion cannot show a record now. Make room on the disk, close Care Companion, and keep these files together for whoever helps you rescue the record.</source>
        <translation>备份无法恢复（{reason}），损坏的记录也无法完整放回原处（{problem}）。它的文件都没有被删除，现在位于：
{files}

Care Companion 现在无法显示记录。请腾出磁盘空间，关闭 Care Companion，并把这些文件放在一起，交给帮助您抢救记录的人。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{entries}, {contacts}, {appointments}; latest entry {latest}</source>
        <translation>{entries}、{contacts}、{appointments}；最近一条记录：{latest}</translation>
    </message>
</context>
<context>
    <name>BannerStack</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>skipped event {position} ({summary}): {reason}</source>
        <translation>已跳过第 {position} 个事件（{summary}）：{reason}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>{imported}, {updated}, {skipped}</source>
        <translation>{imported}，{updated}，{skipped}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n appointments</source>
        <translation>
            <numerusform>已导入 %n 个预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n events</source>
        <translation>
            <numerusform>跳过 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n appointments to {file}</source>
        <translation>
            <numerusform>已将 %n 个预约导出到 {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the file&apos;s %n events can be imported; the first, event {position} ({summary}): {reason}. Nothing was imported.</source>
        <translation>
            <numerusform>此文件中的 %n 个事件都无法导入；第一个是第 {position} 个事件（{summary}）：{reason}。未导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>日历文件 (*.ics *.ical *.ifb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>{file} 无法打开（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The appointments could not be saved ({reason}). Nothing was imported.</source>
        <translation>预约无法保存（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>Show Details to see what was skipped or assumed.</source>
        <translation>点击“显示详情...”可以查看跳过了哪些内容，以及哪些地方是按推测处理的。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>每 2 周</translation>
    </message>
    <message>
        <source>Every 3 weeks</source>
        <translation>每 3 周</translation>
    </message>
    <message>
        <source>Every month, on the same date</source>
        <translation>每月同一日期</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>All day, until {day}</source>
        <translation>全天，直到 {day}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}，{time}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今天，{day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>明天，{day}</translation>
    </message>
    <message>
        <source>Yesterday, {day}</source>
        <translation>昨天，{day}</translation>
    </message>
    <message>
        <source>{name} drives; pick-up at {time}</source>
        <translation>由 {name} 开车接送；{time} 接人</translation>
    </message>
    <message>
        <source>{name} drives</source>
        <translation>由 {name} 开车接送</translation>
    </message>
    <message>
        <source>Pick-up at {time}</source>
        <translation>{time} 接人</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Oncology and palliative visits, treatments, scans and lab work: the month, with the days that have something booked marked, and the chosen day&apos;s visits followed by the next four weeks.</source>
        <translation>肿瘤科和姑息治疗的就诊、治疗、影像检查和化验：整月视图标出有安排的日子；另一栏列出所选那天的就诊，以及接下来四周的安排。</translation>
    </message>
    <message>
        <source>&amp;New appointment...</source>
        <translation>新建预约(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a visit, test or treatment (Ctrl+Shift+A)</source>
        <translation>添加就诊、检查或治疗（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>编辑(&amp;I)...</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <source>Show today (Ctrl+T)</source>
        <translation>显示今天（Ctrl+T）</translation>
    </message>
    <message>
        <source>Ne&amp;xt appointment</source>
        <translation>下一个预约(&amp;X)</translation>
    </message>
    <message>
        <source>Show the next appointment (Ctrl+J)</source>
        <translation>显示下一个预约（Ctrl+J）</translation>
    </message>
    <message>
        <source>Month; days with appointments are shaded and bold</source>
        <translation>月视图；有预约的日子带底色并加粗</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>这个月的每一天</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>选择月份</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>选择年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Shaded, bold days have appointments. Arrow keys move between days; Enter adds an appointment on the chosen day.</source>
        <translation>带底色、加粗的日子有预约。用方向键可以在日子之间移动；按 Enter 键可以在选中的那天添加预约。</translation>
    </message>
    <message>
        <source>Nothing is booked yet. To start, have the appointment letters or the clinic&apos;s patient portal at hand and click New appointment (Ctrl+Shift+A) for each visit, or bring in a calendar file with File &gt; Import calendar.</source>
        <translation>还没有任何安排。开始时，请准备好预约通知信或诊所的患者门户网站，然后为每次就诊点击“新建预约”（Ctrl+Shift+A）；也可以用“文件 &gt; 导入日历”导入日历文件。</translation>
    </message>
    <message>
        <source>Choose an appointment in the agenda to see it in full here.</source>
        <translation>在日程中选择一个预约，就能在这里看到完整内容。</translation>
    </message>
    <message>
        <source>No appointment is booked after this one.</source>
        <translation>这个预约之后没有其他预约了。</translation>
    </message>
    <message>
        <source>Saved {title}.</source>
        <translation>已保存“{title}”。</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>删除预约</translation>
    </message>
    <message>
        <source>Delete {title} on {when}? You can bring it back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>要删除 {when} 的“{title}”吗？在关闭 Care Companion 之前，您可以用“编辑 &gt; 撤销”恢复它。</translation>
    </message>
    <message>
        <source>The appointment could not be deleted ({reason}). Nothing was changed.</source>
        <translation>无法删除这个预约（{reason}）。没有做任何改动。</translation>
    </message>
    <message>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>已删除。“编辑 &gt; 撤销”可以恢复它。</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>添加“{title}”</translation>
    </message>
    <message>
        <source>Change {title}</source>
        <translation>修改“{title}”</translation>
    </message>
    <message>
        <source>Change one visit of {title}</source>
        <translation>修改“{title}”中的一次就诊</translation>
    </message>
    <message>
        <source>Change {title} from this visit on</source>
        <translation>从这次就诊起修改“{title}”</translation>
    </message>
    <message>
        <source>Delete one visit of {title}</source>
        <translation>删除“{title}”中的一次就诊</translation>
    </message>
    <message>
        <source>Delete {title} from this visit on</source>
        <translation>从这次就诊起删除“{title}”</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>删除“{title}”</translation>
    </message>
</context>
<context>
    <name>CareTeamTab</name>
    <message>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>照护团队</translation>
    </message>
    <message>
        <source>The people on the care team and how to reach them, with the person to call first for symptoms and every after-hours line at the top.</source>
        <translation>照护团队成员及联系方式；出现症状时首先联系的人和所有非工作时间热线都列在最上面。</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>紧急情况请拨打 911（或当地的急救电话，例如中国大陆为 120）。</translation>
    </message>
    <message>
        <source>Search by name, role, clinic or phone</source>
        <translation>按姓名、角色、诊所或电话搜索</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>&amp;Add a contact...</source>
        <translation>添加联系人(&amp;A)...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>编辑(&amp;I)...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Care team contacts</source>
        <translation>照护团队联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>已复制 {text}</translation>
    </message>
    <message>
        <source>{name} (emergency contact)</source>
        <translation>{name}（紧急联系人）</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>出现症状时首先联系</translation>
    </message>
    <message>
        <source>After-hours and 24-hour lines</source>
        <translation>非工作时间和 24 小时热线</translation>
    </message>
    <message>
        <source>No role given</source>
        <translation>未填写角色</translation>
    </message>
    <message>
        <source>No one is listed yet. To start, click Add a contact and copy the names and numbers from the clinic&apos;s cards and letters, or import a contact file (.vcf) with File &gt; Import contacts.</source>
        <translation>还没有列出任何人。开始时，请点击“添加联系人”，把诊所名片和信件上的姓名和电话抄进来；也可以用“文件 &gt; 导入联系人”导入联系人文件（.vcf）。</translation>
    </message>
    <message>
        <source>No contact matches “{text}”. Clear the search to see everyone.</source>
        <translation>没有与“{text}”匹配的联系人。清空搜索框即可看到所有人。</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete {name} from the care team list? You can bring them back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>要把 {name} 从照护团队名单中删除吗？在关闭 Care Companion 之前，您可以用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}). Nothing was changed.</source>
        <translation>无法删除 {name}（{reason}）。没有做任何改动。</translation>
    </message>
    <message>
        <source>Deleted {name}. Edit &gt; Undo brings them back.</source>
        <translation>已删除 {name}。“编辑 &gt; 撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <source>Print medicine chart</source>
        <translation>打印用药表</translation>
    </message>
    <message>
        <source>A week of the medicines by the clock, Monday to Sunday, with a box for each dose, the as-needed limits, allergies and the number to call first.</source>
        <translation>一周按时服用的药物（周一至周日），每次用药一个方框，并列出按需用药的限制、过敏情况和首先拨打的电话号码。</translation>
    </message>
    <message>
        <source>Choose a date between 1900 and 2200.</source>
        <translation>请选择 1900 年到 2200 年之间的日期。</translation>
    </message>
    <message>
        <source>A day of the week to print</source>
        <translation>要打印的那一周中的任意一天</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>周次（任意一天）(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Blank, to fill in by hand</source>
        <translation>空白，手工填写(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Filled in from the log</source>
        <translation>按记录填好(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (try &apos;{prog} --help&apos;)</source>
        <translation>{message}（请试试 &apos;{prog} --help&apos;）</translation>
    </message>
    <message>
        <source>Care Companion keeps a family&apos;s palliative care record: the care team, a symptom diary, appointments and questions. With no command it opens the window.</source>
        <translation>Care Companion 为家庭保存姑息治疗的照护记录：照护团队、症状日记、预约和问题。不带命令运行时，它会打开程序窗口。</translation>
    </message>
    <message>
        <source>use the care record in DIR instead of the usual folder (also set by the CAREGIVER_APP_DATA_DIR environment variable)</source>
        <translation>使用 DIR 中的照护记录，而不是通常的文件夹（也可以用环境变量 CAREGIVER_APP_DATA_DIR 设置）</translation>
    </message>
    <message>
        <source>read the care record&apos;s password from the first line of standard input (and a backup&apos;s own password, when it has another one, from the second), instead of asking for it</source>
        <translation>从标准输入的第一行读取照护记录的密码（如果备份有自己的另一个密码，则从第二行读取），而不是提示输入</translation>
    </message>
    <message>
        <source>open a fictional demo record in a throwaway folder; your own record is never touched</source>
        <translation>在一个临时文件夹中打开一份虚构的演示记录；绝不会动到您自己的记录</translation>
    </message>
    <message>
        <source>check that this installation works (the window, the summary, the translations, a record with and without a password) in a throwaway folder, one line per check; your own record is never opened</source>
        <translation>在一个临时文件夹中检查此安装是否正常（窗口、总结、翻译、有密码和无密码的记录），每项检查一行；绝不会打开您自己的记录</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <source>{reason}: {path}. {advice}</source>
        <translation>{reason}：{path}。{advice}</translation>
    </message>
    <message>
        <source>show where the care record is kept and what it holds</source>
        <translation>显示照护记录保存在哪里，以及里面有什么</translation>
    </message>
    <message>
        <source>Show where the care record is kept and what it holds.</source>
        <translation>显示照护记录保存在哪里，以及里面有什么。</translation>
    </message>
    <message>
        <source>import, export or print the care team contacts</source>
        <translation>导入、导出或打印照护团队的联系人</translation>
    </message>
    <message>
        <source>Import, export or print the care team contacts.</source>
        <translation>导入、导出或打印照护团队的联系人。</translation>
    </message>
    <message>
        <source>add the contacts of a .vcf file, merging people already listed</source>
        <translation>添加 .vcf 文件中的联系人，已在名单中的人会被合并</translation>
    </message>
    <message>
        <source>Add the contacts of a vCard (.vcf) file from Outlook, Apple or Google Contacts. A person already listed (same name and a shared phone or email, or the same name on a card with neither) is merged, not duplicated. Cards that cannot be read are skipped and listed.</source>
        <translation>添加从 Outlook、Apple 或 Google 通讯录导出的 vCard（.vcf）文件中的联系人。已在名单中的人（姓名相同，并且有一个相同的电话或电子邮件；或者名片上既没有电话也没有电子邮件，但姓名相同）会被合并，不会重复添加。无法读取的名片会被跳过并列出来。</translation>
    </message>
    <message>
        <source>the .vcf file to read</source>
        <translation>要读取的 .vcf 文件</translation>
    </message>
    <message>
        <source>save the contacts as a vCard 3.0 (.vcf) file</source>
        <translation>把联系人保存为 vCard 3.0（.vcf）文件</translation>
    </message>
    <message>
        <source>Save the contacts as a vCard 3.0 file that address books import.</source>
        <translation>把联系人保存为通讯录可以导入的 vCard 3.0 文件。</translation>
    </message>
    <message>
        <source>the .vcf file to write</source>
        <translation>要写入的 .vcf 文件</translation>
    </message>
    <message>
        <source>only contacts whose name, role, clinic or phone matches TEXT</source>
        <translation>只包括姓名、角色、诊所或电话与 TEXT 匹配的联系人</translation>
    </message>
    <message>
        <source>make the one-page &apos;Who to call&apos; sheet (PDF)</source>
        <translation>制作一页纸的“该打给谁”清单（PDF）</translation>
    </message>
    <message>
        <source>Make the one-page &apos;Who to call&apos; sheet as a PDF, ready to print.</source>
        <translation>把一页纸的“该打给谁”清单制作成 PDF，可以直接打印。</translation>
    </message>
    <message>
        <source>the .pdf file to write</source>
        <translation>要写入的 .pdf 文件</translation>
    </message>
    <message>
        <source>not understood after &apos;{prog}&apos;: {words} (try &apos;{prog} --help&apos;)</source>
        <translation>无法理解 &apos;{prog}&apos; 后面的内容：{words}（请试试 &apos;{prog} --help&apos;）</translation>
    </message>
    <message>
        <source>paper size (default: the one last chosen in the visit summary, else the one used in the system&apos;s country)</source>
        <translation>纸张大小（默认：上次在就诊总结中选择的纸张；否则为系统所在国家/地区通用的纸张）</translation>
    </message>
    <message>
        <source>the password given is not UTF-8 text; set the terminal, or the file piped in, to UTF-8 and try again. Nothing was changed.</source>
        <translation>提供的密码不是 UTF-8 文本；请把终端或通过管道传入的文件设为 UTF-8，然后重试。没有做任何更改。</translation>
    </message>
    <message>
        <source>--password-stdin: no password was given</source>
        <translation>--password-stdin：没有提供密码</translation>
    </message>
    <message>
        <source>the care record is protected by a password: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>照护记录受密码保护：请在终端中运行这个命令来输入密码，或者用 --password-stdin 通过管道传入密码</translation>
    </message>
    <message>
        <source>Password of the care record: </source>
        <translation>照护记录的密码： </translation>
    </message>
    <message>
        <source>make a backup of the care record now</source>
        <translation>立即备份照护记录</translation>
    </message>
    <message>
        <source>Copy the care record safely (SQLite&apos;s backup API, then a full check) into the backups folder beside it, or to FILE with -o (a USB stick, say).</source>
        <translation>安全地复制照护记录（使用 SQLite 的备份 API，然后做全面检查），保存到它旁边的备份文件夹中；也可以用 -o 保存到 FILE（比如 U 盘上的文件）。</translation>
    </message>
    <message>
        <source>write the backup to FILE instead</source>
        <translation>改为把备份写入 FILE</translation>
    </message>
    <message>
        <source>replace the care record with a backup (the record as it is is kept)</source>
        <translation>用备份替换照护记录（当前的记录会被保留）</translation>
    </message>
    <message>
        <source>Replace the care record with the backup FILE. The file is checked first; one that is not a good Care Companion backup is refused and nothing changes. The record as it was is kept in the backups folder first.</source>
        <translation>用备份文件 FILE 替换照护记录。会先检查这个文件；如果它不是完好的 Care Companion 备份，就会被拒绝，什么都不会改动。替换之前，原来的记录会先保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>check the care record for damage (exit code 3 if damaged)</source>
        <translation>检查照护记录是否损坏（如有损坏，退出代码为 3）</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the care record, without changing it. Exit code 3 means the record is damaged; restore a backup.</source>
        <translation>对照护记录运行 SQLite 的完整性全面检查，不会改动记录。退出代码 3 表示记录已损坏；请恢复一份备份。</translation>
    </message>
    <message>
        <source>the demo record is thrown away when the command ends, and a backup beside it would be too; give -o FILE to keep a copy</source>
        <translation>演示记录会在命令结束时丢弃，放在它旁边的备份也会一起丢弃；请用 -o FILE 指定保存副本的位置</translation>
    </message>
    <message>
        <source>Password of the backup {file}: </source>
        <translation>备份 {file} 的密码： </translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>无法读取 {file}（{reason}）</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; name the file inside it</source>
        <translation>{file} 是文件夹，不是文件；请指明其中的文件</translation>
    </message>
    <message>
        <source>the care record is in use by another program (the Care Companion window, or another command); waiting for it to be free...</source>
        <translation>照护记录正被另一个程序使用（Care Companion 的窗口，或另一条命令）；正在等待它空闲下来……</translation>
    </message>
    <message>
        <source>{file} is not a Care Companion backup, or it has a password: to type the password, run the command in a terminal or pipe it in with --password-stdin. Nothing was changed.</source>
        <translation>{file} 不是 Care Companion 的备份，或者设有密码：要输入密码，请在终端中运行这个命令，或者用 --password-stdin 通过管道传入。未做任何更改。</translation>
    </message>
    <message>
        <source>there is no day {value} in the calendar; give a date like 2026-11-29</source>
        <translation>日历上没有 {value} 这一天；请给出像 2026-11-29 这样的日期</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-11-29</source>
        <translation>{value} 不是像 2026-11-29 这样的日期</translation>
    </message>
    <message>
        <source>export or import the symptom diary as a CSV file</source>
        <translation>以 CSV 文件导出或导入症状日记</translation>
    </message>
    <message>
        <source>Export or import the symptom diary as a CSV file (UTF-8, one row per entry) that spreadsheets open.</source>
        <translation>以电子表格软件可以打开的 CSV 文件（UTF-8 编码，每条记录一行）导出或导入症状日记。</translation>
    </message>
    <message>
        <source>save the diary entries as a CSV file</source>
        <translation>把日记记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Save the diary entries, oldest first, as a CSV file: the time, who completed the entry, the ESAS-r scores, the other problem, the note, then any vital signs and custom trackers.</source>
        <translation>把日记记录保存为 CSV 文件，最早的在前：时间、填写人、ESAS-r 评分、其他问题、备注，然后是各项生命体征和自定义跟踪项。</translation>
    </message>
    <message>
        <source>the .csv file to write</source>
        <translation>要写入的 .csv 文件</translation>
    </message>
    <message>
        <source>only entries on or after this day (2026-11-29)</source>
        <translation>只包括这一天及以后的记录（2026-11-29）</translation>
    </message>
    <message>
        <source>only entries on or before this day (2026-11-29)</source>
        <translation>只包括这一天及以前的记录（2026-11-29）</translation>
    </message>
    <message>
        <source>add the entries of a diary CSV file</source>
        <translation>添加日记 CSV 文件中的记录</translation>
    </message>
    <message>
        <source>Add the entries of a diary CSV file. The whole file is checked first: a file with any problem is refused, naming the row and column, and nothing is imported. Entries already in the diary are not added twice.</source>
        <translation>添加日记 CSV 文件中的记录。会先检查整个文件：文件只要有任何问题就会被拒绝，并指出是哪一行、哪一列，什么都不会导入。已经在日记中的记录不会重复添加。</translation>
    </message>
    <message>
        <source>the .csv file to read</source>
        <translation>要读取的 .csv 文件</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>import or export appointments as an iCalendar (.ics) file</source>
        <translation>以 iCalendar（.ics）文件导入或导出预约</translation>
    </message>
    <message>
        <source>Import or export appointments as an iCalendar (.ics) file, the format Google Calendar, Outlook and Apple Calendar read and write.</source>
        <translation>以 iCalendar（.ics）文件导入或导出预约；Google 日历、Outlook 和 Apple 日历都能读写这种格式。</translation>
    </message>
    <message>
        <source>add the events of an .ics file; events already imported are updated</source>
        <translation>添加 .ics 文件中的事件；已经导入过的事件会被更新</translation>
    </message>
    <message>
        <source>Add the events of an .ics file from Google Calendar, Outlook or Apple Calendar. An event imported before (same UID) is updated, not duplicated. Events that cannot be read are skipped and listed.</source>
        <translation>添加来自 Google 日历、Outlook 或 Apple 日历的 .ics 文件中的事件。以前导入过的事件（UID 相同）会被更新，不会重复添加。无法读取的事件会被跳过并列出来。</translation>
    </message>
    <message>
        <source>the .ics file to read</source>
        <translation>要读取的 .ics 文件</translation>
    </message>
    <message>
        <source>save the appointments as an .ics file</source>
        <translation>把预约保存为 .ics 文件</translation>
    </message>
    <message>
        <source>Save the appointments, with their repeats and reminders, as an .ics file that other calendars import.</source>
        <translation>把预约连同重复设置和提醒，保存为其他日历可以导入的 .ics 文件。</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>要写入的 .ics 文件</translation>
    </message>
    <message>
        <source>only appointments with a visit on or after this day (2026-11-29)</source>
        <translation>只包括在这一天及以后有就诊的预约（2026-11-29）</translation>
    </message>
    <message>
        <source>only appointments with a visit on or before this day (2026-11-29)</source>
        <translation>只包括在这一天及以前有就诊的预约（2026-11-29）</translation>
    </message>
    <message>
        <source>make the visit summary to hand to the care team (PDF)</source>
        <translation>制作交给照护团队的就诊总结（PDF）</translation>
    </message>
    <message>
        <source>Make the visit summary as a PDF for the days from --from to --to (both included). Page 1: who, the period, diagnosis and allergies, the main concerns (as kept from last time), symptom scores with their change and trends, vital signs, breakthrough doses by day and by hour, medicines and their changes, and the alerts raised. Page 2: upcoming appointments, open questions, key contacts, the diary notes marked for the team or written on a day with a severe score (newest first, as many as fit) and a box for the plan. --appendix adds every note or every dose.</source>
        <translation>为 --from 到 --to 之间的日期（含两端）生成 PDF 就诊摘要。第 1 页：患者、时间段、诊断和过敏、主要担忧（上次保存的）、症状评分及其变化和趋势、生命体征、按天和按小时的爆发痛用药、药物及其变化，以及提醒。第 2 页：即将到来的预约、待问的问题、重要联系人、标记给医疗团队或在有严重评分当天写的日记备注（最新的在前，放得下多少就放多少），以及一个记录计划的方框。--appendix 可加上全部备注或全部用药。</translation>
    </message>
    <message>
        <source>the first day of the period (2026-11-01)</source>
        <translation>这段时间的第一天（2026-11-01）</translation>
    </message>
    <message>
        <source>the last day of the period (2026-11-29)</source>
        <translation>这段时间的最后一天（2026-11-29）</translation>
    </message>
    <message>
        <source>only these sections, comma-separated: concerns,symptoms,doses,medicines,notes,appointments,questions,contacts (default: all)</source>
        <translation>只包括这些部分，用英文逗号分隔：concerns,symptoms,doses,medicines,notes,appointments,questions,contacts（默认：全部）</translation>
    </message>
    <message>
        <source>print only the diary notes marked for the team</source>
        <translation>只印出标记给团队的日记备注</translation>
    </message>
    <message>
        <source>add appendices after the summary, comma-separated: notes (every diary note of the period), doses (every breakthrough dose)</source>
        <translation>在摘要后加上附录，用逗号分隔：notes（该时间段的全部日记备注），doses（全部爆发痛用药）</translation>
    </message>
    <message>
        <source>Care record: {path}</source>
        <translation>照护记录：{path}</translation>
    </message>
    <message>
        <source>Record version: {version}</source>
        <translation>记录版本：{version}</translation>
    </message>
    <message>
        <source>Password: {state}</source>
        <translation>密码：{state}</translation>
    </message>
    <message>
        <source>yes (encrypted)</source>
        <translation>有（已加密）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Person cared for: {name}</source>
        <translation>被照顾的人：{name}</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>联系人：{count}</translation>
    </message>
    <message>
        <source>Diary entries: {count} (latest {latest})</source>
        <translation>日记记录：{count}（最近一条：{latest}）</translation>
    </message>
    <message>
        <source>Appointments: {count}</source>
        <translation>预约：{count}</translation>
    </message>
    <message>
        <source>--demo and --data-dir cannot be used together</source>
        <translation>--demo 和 --data-dir 不能同时使用</translation>
    </message>
    <message>
        <source>unexpected error: {error}. Please report it with the details below.</source>
        <translation>意外错误：{error}。请连同下面的详细信息一起报告。</translation>
    </message>
    <message>
        <source>export the medicine log, or make the weekly medicine chart</source>
        <translation>导出用药记录，或制作每周用药表</translation>
    </message>
    <message>
        <source>Export the log of scheduled and as-needed doses (CSV, or FHIR R4 JSON for clinical systems), or make the weekly medicine chart to print (PDF).</source>
        <translation>导出按时用药和按需用药的记录（CSV，或供临床系统使用的 FHIR R4 JSON），或制作可打印的每周用药表（PDF）。</translation>
    </message>
    <message>
        <source>save the medicine log as a CSV or FHIR file</source>
        <translation>将用药记录保存为 CSV 或 FHIR 文件</translation>
    </message>
    <message>
        <source>Save the medicine log, oldest first: one row per scheduled dose that came due (given, given late, skipped, refused, or not_logged when nobody answered) and one per as-needed dose. Without --from, from the first dose logged.</source>
        <translation>保存用药记录，从最早的开始：每个已到时间的按时剂量一行（given、given_late、skipped、refused，无人回答时为 not_logged），每次按需用药一行。不加 --from 时，从第一次记录的剂量开始。</translation>
    </message>
    <message>
        <source>the .csv (or, with --fhir, .json) file to write</source>
        <translation>要写入的 .csv 文件（使用 --fhir 时为 .json）</translation>
    </message>
    <message>
        <source>only doses on or after this day (2026-11-29)</source>
        <translation>仅此日及之后的剂量（2026-11-29）</translation>
    </message>
    <message>
        <source>only doses on or before this day (2026-11-29)</source>
        <translation>仅此日及之前的剂量（2026-11-29）</translation>
    </message>
    <message>
        <source>write a FHIR R4 Bundle of MedicationAdministration resources (JSON)</source>
        <translation>写入由 MedicationAdministration 资源组成的 FHIR R4 Bundle（JSON）</translation>
    </message>
    <message>
        <source>make the weekly medicine chart (PDF)</source>
        <translation>制作每周用药表（PDF）</translation>
    </message>
    <message>
        <source>Make the weekly medicine chart: each medicine at each dose time for the seven days from Monday, with a box to initial, the as-needed limits, allergies and the number to call first. With --week, the chart of that week filled in from the log; without it, a blank chart of this week.</source>
        <translation>制作每周用药表：从周一开始的七天里，每种药物在每个用药时间各有一个供签名缩写的方框，并列出按需用药的限制、过敏情况和首先拨打的电话号码。使用 --week 时，为该周按记录填好的用药表；不使用时，为本周的空白用药表。</translation>
    </message>
    <message>
        <source>a day of the week to fill in from the log (2026-11-29)</source>
        <translation>要按记录填写的那一周中的任意一天（2026-11-29）</translation>
    </message>
    <message>
        <source>leave the boxes empty, to fill in by hand, even with --week</source>
        <translation>方框留空以便手工填写，即使使用了 --week</translation>
    </message>
    <message>
        <source>start sharing this record into an empty folder</source>
        <translation>开始把此记录共享到一个空文件夹</translation>
    </message>
    <message>
        <source>Start sharing this care record into an empty folder and set the family passphrase; the other computers then join.</source>
        <translation>开始把此照护记录共享到一个空文件夹并设置家庭口令；之后其他电脑再加入。</translation>
    </message>
    <message>
        <source>build this empty record from a family folder and share through it</source>
        <translation>用家庭文件夹中的内容建立这份空记录，并通过它共享</translation>
    </message>
    <message>
        <source>the family folder</source>
        <translation>家庭文件夹</translation>
    </message>
    <message>
        <source>this computer&apos;s name as the family will see it (Laura&apos;s laptop)</source>
        <translation>家人看到的这台电脑的名称（例如：劳拉的笔记本）</translation>
    </message>
    <message>
        <source>write this record&apos;s changes to the folder and read the others&apos;</source>
        <translation>把此记录的更改写入文件夹，并读取其他电脑的更改</translation>
    </message>
    <message>
        <source>Write this record&apos;s new changes to the family folder, read the other computers&apos; changes, and say what came in.</source>
        <translation>把此记录的新更改写入家庭文件夹，读取其他电脑的更改，并说明收到了什么。</translation>
    </message>
    <message>
        <source>stop sharing; the folder and this record&apos;s entries are kept</source>
        <translation>停止共享；文件夹和此记录中的条目都会保留</translation>
    </message>
    <message>
        <source>Stop sharing this record: the folder and the family key are forgotten here. The entries stay in this record, and the folder is left as it is for the others.</source>
        <translation>停止共享此记录：这台电脑会忘记文件夹和家庭密钥。条目仍保留在此记录中，文件夹保持原样，供其他人继续使用。</translation>
    </message>
    <message>
        <source>--password-stdin: no family passphrase was given</source>
        <translation>--password-stdin：没有提供家庭口令</translation>
    </message>
    <message>
        <source>the family passphrase is needed: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>需要家庭口令：请在终端中运行此命令以输入口令，或用 --password-stdin 通过管道传入</translation>
    </message>
    <message>
        <source>Family passphrase: </source>
        <translation>家庭口令：</translation>
    </message>
    <message>
        <source>share this care record with the family through a synced folder</source>
        <translation>通过一个保持同步的文件夹与家人共享此照护记录</translation>
    </message>
    <message>
        <source>Share one care record between the family&apos;s computers through a folder they already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share or a USB stick). Each computer writes its changes there, encrypted with the family passphrase, and reads the others&apos;. With --password-stdin the family passphrase is the first line of standard input, or the second line when the care record has a password of its own (that one comes first).</source>
        <translation>通过家人已经在同步的文件夹（Syncthing、Nextcloud、Dropbox、OneDrive、网络共享或U盘）在家里的几台电脑之间共享同一份照护记录。每台电脑把自己的更改用家庭口令加密后写到那里，并读取其他电脑的更改。使用 --password-stdin 时，家庭口令是标准输入的第一行；如果照护记录自己设有密码，则是第二行（记录的密码在第一行）。</translation>
    </message>
    <message>
        <source>Join a family folder another computer started: this record (new or empty) is built from what is there, then kept synced.</source>
        <translation>加入另一台电脑开始的家庭文件夹：用那里的内容建立这份（新的或空的）记录，之后保持同步。</translation>
    </message>
    <message>
        <source>show the family folder, the computers, and when each last synced</source>
        <translation>显示家庭文件夹、各台电脑以及每台电脑最近一次同步的时间</translation>
    </message>
    <message>
        <source>Show the family folder, the computers sharing it, and when each last synced.</source>
        <translation>显示家庭文件夹、共享它的电脑，以及每台电脑最近一次同步的时间。</translation>
    </message>
    <message>
        <source>Family passphrase again: </source>
        <translation>再次输入家庭口令：</translation>
    </message>
    <message>
        <source>the two family passphrases differ; nothing was changed</source>
        <translation>两次输入的家庭口令不一致；没有做任何更改</translation>
    </message>
    <message>
        <source>This record no longer shares; its entries and the folder are kept.</source>
        <translation>此记录已停止共享；其条目和文件夹都已保留。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; give the family folder</source>
        <translation>{folder} 是一个文件，不是文件夹；请指定家庭文件夹</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; connect the drive it is on, or make it (empty, to start sharing), and try again</source>
        <translation>文件夹 {folder} 不存在；请连接它所在的驱动器，或者创建它（开始共享时应为空文件夹），然后重试</translation>
    </message>
    <message>
        <source>changed on two computers: {what}; kept {device}&apos;s {time} version</source>
        <translation>在两台电脑上都被更改：{what}；保留了{device}在 {time} 的版本</translation>
    </message>
    <message>
        <source>This care record is not shared with a family folder.</source>
        <translation>此照护记录没有与家庭文件夹共享。</translation>
    </message>
    <message>
        <source>Family folder: {folder}</source>
        <translation>家庭文件夹：{folder}</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>这台电脑：{name}</translation>
    </message>
    <message>
        <source>The family folder cannot be found at the moment.</source>
        <translation>目前找不到家庭文件夹。</translation>
    </message>
    <message>
        <source>synced as of {time}</source>
        <translation>已同步至 {time}</translation>
    </message>
    <message>
        <source>nothing read from it yet</source>
        <translation>尚未读取到它的任何内容</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>上次同步：{time}</translation>
    </message>
    <message>
        <source>the title and the time only</source>
        <translation>仅标题和时间</translation>
    </message>
    <message>
        <source>the title, the place and the time</source>
        <translation>标题、地点和时间</translation>
    </message>
    <message>
        <source>everything, notes included</source>
        <translation>全部内容，包括备注</translation>
    </message>
    <message>
        <source>put the appointments and the care team on the family&apos;s phones</source>
        <translation>将预约和护理团队放到家人的手机上</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones through the family&apos;s own CalDAV/CardDAV server (Nextcloud, Radicale, iCloud with an app password...), and bring back changes made there. Off until set up. A server that refuses or cannot be reached is one line and exit code 2; nothing in the record is lost.</source>
        <translation>通过家人自己的 CalDAV/CardDAV 服务器（Nextcloud、Radicale、使用应用专用密码的 iCloud 等）将预约和护理团队放到家人的手机上，并取回在那里所做的更改。设置之前为关闭状态。服务器拒绝或无法连接时输出一行并以退出码 2 结束；记录中的内容不会丢失。</translation>
    </message>
    <message>
        <source>link to the server, making the calendar if needed</source>
        <translation>连接服务器，必要时创建日历</translation>
    </message>
    <message>
        <source>Link to the server at URL (https://; plain http only for a server on this computer), making the calendar and the address book when they do not exist. The server&apos;s password is asked for, or read from standard input with --password-stdin: when the care record has a password, its password is the first line and the server&apos;s the second. It is kept in the system&apos;s keyring, or in the record where there is none (encrypted only when the record has a password).</source>
        <translation>连接位于 URL 的服务器（https://；仅本机上的服务器可使用未加密的 http），日历和通讯录不存在时会创建它们。会询问服务器密码，或使用 --password-stdin 从标准输入读取：如果照护记录有密码，第一行是记录的密码，第二行是服务器的密码。密码保存在系统的钥匙串中；没有钥匙串时保存在记录中（仅当记录有密码时才加密）。</translation>
    </message>
    <message>
        <source>the server&apos;s address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>服务器上的用户名</translation>
    </message>
    <message>
        <source>the calendar to use (default: Care Companion)</source>
        <translation>要使用的日历（默认：Care Companion）</translation>
    </message>
    <message>
        <source>the address book to use (default: Care Companion); &apos;&apos; for none (iCloud keeps contacts on another server)</source>
        <translation>要使用的通讯录（默认：Care Companion）；&apos;&apos; 表示不使用（iCloud 将联系人保存在另一台服务器上）</translation>
    </message>
    <message>
        <source>what leaves this computer: the title and time (title, the default), also the place (when-where), or everything including notes (all)</source>
        <translation>离开本机的内容：标题和时间（title，默认）、另加地点（when-where），或包括备注在内的全部内容（all）</translation>
    </message>
    <message>
        <source>send changes and bring back the phones&apos; changes</source>
        <translation>发送更改并取回手机上的更改</translation>
    </message>
    <message>
        <source>Send what changed here and bring back what changed on the phones; print what went up and what came back.</source>
        <translation>发送本机上的更改并取回手机上的更改；显示发送了什么、取回了什么。</translation>
    </message>
    <message>
        <source>show the server, the last sync and what waits</source>
        <translation>显示服务器、上次同步和等待中的内容</translation>
    </message>
    <message>
        <source>stop syncing and forget the server&apos;s password</source>
        <translation>停止同步并忘记服务器密码</translation>
    </message>
    <message>
        <source>Stop syncing and forget the server and its password; the server keeps what it has.</source>
        <translation>停止同步并忘记服务器及其密码；服务器上已有的内容保持不变。</translation>
    </message>
    <message>
        <source>the server&apos;s password is needed: run the command in a terminal to type it, or pipe it in with --password-stdin</source>
        <translation>需要服务器密码：请在终端中运行此命令以输入密码，或使用 --password-stdin 通过管道传入</translation>
    </message>
    <message>
        <source>Password (app password) on the server: </source>
        <translation>服务器上的密码（应用专用密码）：</translation>
    </message>
    <message>
        <source>Show the server, when the record last synced, and what waits.</source>
        <translation>显示服务器、记录最近一次同步的时间以及等待中的内容。</translation>
    </message>
    <message>
        <source>Linked to {url} as {user}: calendar “{calendar}”, address book “{book}”.</source>
        <translation>已以 {user} 身份连接到 {url}：日历“{calendar}”，通讯录“{book}”。</translation>
    </message>
    <message>
        <source>Made “{name}” on the server.</source>
        <translation>已在服务器上创建“{name}”。</translation>
    </message>
    <message>
        <source>Sent to the phones: {what}.</source>
        <translation>发送到手机的内容：{what}。</translation>
    </message>
    <message>
        <source>Run &apos;caregiver-app phones sync&apos; to send them now.</source>
        <translation>运行 &apos;caregiver-app phones sync&apos; 立即发送。</translation>
    </message>
    <message>
        <source>Sent to the server: {count}</source>
        <translation>已发送到服务器：{count}</translation>
    </message>
    <message>
        <source>Came back from the phones: {count}</source>
        <translation>从手机取回：{count}</translation>
    </message>
    <message>
        <source>Deleted on a phone, kept here until you decide: {title} ({when})</source>
        <translation>已在手机上删除，在您决定之前保留在此：{title}（{when}）</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>等待中的更改：{count}</translation>
    </message>
    <message>
        <source>Phones and calendars: off</source>
        <translation>手机和日历：关闭</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Server: {url} (user {user})</source>
        <translation>服务器：{url}（用户 {user}）</translation>
    </message>
    <message>
        <source>In step as of: {when}</source>
        <translation>同步一致时间：{when}</translation>
    </message>
    <message>
        <source>Calendar: {name}</source>
        <translation>日历：{name}</translation>
    </message>
    <message>
        <source>Address book: {name}</source>
        <translation>通讯录：{name}</translation>
    </message>
    <message>
        <source>Phones and calendars: off. The server keeps what it has; this computer no longer syncs with it.</source>
        <translation>手机和日历：已关闭。服务器上已有的内容保持不变；本机不再与其同步。</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContactChecks</name>
    <message>
        <source>This email address does not look complete. It should look like name@example.org.</source>
        <translation>这个电子邮件地址看起来不完整。它应该像 name@example.org 这样。</translation>
    </message>
    <message>
        <source>This link does not look like a web address. Copy it again from the clinic&apos;s message; it usually starts with https://.</source>
        <translation>这个链接看起来不像网址。请从诊所的消息中重新复制；它通常以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Contact details</source>
        <translation>联系人详细信息</translation>
    </message>
    <message>
        <source>Choose a person in the list to see all their numbers and details.</source>
        <translation>在列表中选择一个人，即可看到他们的所有电话和详细信息。</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>出现症状时首先联系</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>复制 {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Copy email {email}</source>
        <translation>复制电子邮件地址 {email}</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>Write an email to {email}</source>
        <translation>给 {email} 写邮件</translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>视频就诊</translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation>复制视频链接</translation>
    </message>
    <message>
        <source>{hours} (partly the usual hours: not all entered)</source>
        <translation>{hours}（部分为通常时间：未全部填写）</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open video link</source>
        <translation>打开视频链接</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Contact details form</source>
        <translation>联系人详细信息表单</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>办公时间(&amp;H)：</translation>
    </message>
    <message>
        <source>Saving takes this mark from {names}: Today, the alerts and the printouts then name this person to call first.</source>
        <translation>保存后，此标记将从{names}移到此人：“今天”标签页、提醒和打印件都会把此人列为首先联系的人。</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The contact could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>联系人无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的内容还在这里。</translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>联系人文件 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>{file} 无法打开（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The contacts could not be saved ({reason}). Nothing was imported.</source>
        <translation>联系人无法保存（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{imported}, {merged}, {skipped}.</source>
        <translation>{imported}，{merged}，{skipped}。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contacts</source>
        <translation>
            <numerusform>已导入 %n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>%n 位与已有的人合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>跳过 %n 张名片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n contacts to {file}.</source>
        <translation>
            <numerusform>已将 %n 位联系人保存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card {position} ({name}): {reason}</source>
        <translation>第 {position} 张名片（{name}）：{reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>Show Details to see which cards could not be read.</source>
        <translation>点击“显示详情...”可以查看哪些名片无法读取。</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>联系人文件 (*.vcf)</translation>
    </message>
    <message>
        <source>Who to call sheet</source>
        <translation>“该打给谁”清单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the Who to call sheet to {file}.</source>
        <translation>已将“该打给谁”清单保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>For example, Dr. Amara Okafor</source>
        <translation>例如：王丽华医生</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Choose a role from the list or type your own.</source>
        <translation>从列表中选择一个角色，或者自己输入。</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>添加电话号码</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Organization or clinic:</source>
        <translation>机构或诊所(&amp;O)：</translation>
    </message>
    <message>
        <source>Organization or clinic</source>
        <translation>机构或诊所</translation>
    </message>
    <message>
        <source>Street, city, ZIP code</source>
        <translation>街道、城市、邮编</translation>
    </message>
    <message>
        <source>&amp;Video visit link:</source>
        <translation>视频就诊链接(&amp;V)：</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>视频就诊链接</translation>
    </message>
    <message>
        <source>https://... from the clinic&apos;s message</source>
        <translation>诊所消息中的 https://... 链接</translation>
    </message>
    <message>
        <source>&amp;Call about:</source>
        <translation>联系事项(&amp;C)：</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>What this person helps with, for example refills</source>
        <translation>这个人能帮什么忙，例如续开药</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything else worth knowing</source>
        <translation>其他值得了解的情况</translation>
    </message>
    <message>
        <source>Call &amp;first for symptoms</source>
        <translation>出现症状时首先联系(&amp;F)</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>出现症状时首先联系</translation>
    </message>
    <message>
        <source>Symptom alerts point to this person first.</source>
        <translation>症状提醒会首先指向这个人。</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>紧急联系人(&amp;M)</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>skipped card {position} ({name}): {reason}</source>
        <translation>已跳过第 {position} 张名片（{name}）：{reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>{imported}, {merged}, {skipped}</source>
        <translation>{imported}，{merged}，{skipped}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n contacts</source>
        <translation>
            <numerusform>已导入 %n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n into people already listed</source>
        <translation>
            <numerusform>%n 位与已有的人合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n cards</source>
        <translation>
            <numerusform>跳过 %n 张名片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n contacts to {file}</source>
        <translation>
            <numerusform>已将 %n 位联系人导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>saved the Who to call sheet to {file}</source>
        <translation>已将“该打给谁”清单保存到 {file}</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>{meaning} ({form})</source>
        <translation>{meaning}（{form}）</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>{field} is needed: type it as {form}.</source>
        <translation>需要填写{field}：请按 {form} 的格式输入。</translation>
    </message>
    <message>
        <source>This field</source>
        <translation>此栏</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+向下键）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>for example {time}</source>
        <translation>例如 {time}</translation>
    </message>
    <message>
        <source>{field}: date</source>
        <translation>{field}：日期</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}：时间</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>{label} must be a whole number from 0 to 10, or not rated.</source>
        <translation>“{label}”必须是 0 到 10 之间的整数，或者保持“未评分”。</translation>
    </message>
    <message>
        <source>The date and time of an entry cannot be in the future.</source>
        <translation>记录的日期和时间不能是将来的时间。</translation>
    </message>
    <message>
        <source>The date of an entry must be in {year} or later.</source>
        <translation>条目的日期必须在 {year} 年或之后。</translation>
    </message>
    <message>
        <source>Choose who completed the entry.</source>
        <translation>请选择填写人。</translation>
    </message>
    <message>
        <source>Unknown symptom: {name}</source>
        <translation>未知的症状：{name}</translation>
    </message>
    <message>
        <source>The other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Name the other problem, or leave its score not rated.</source>
        <translation>请写上其他问题的名称，或者把它的评分保持为“未评分”。</translation>
    </message>
    <message>
        <source>{name} is scored twice; keep one score for it.</source>
        <translation>{name} 有两个评分；请只保留一个。</translation>
    </message>
    <message>
        <source>This value is outside what can be recorded ({low} to {high}).</source>
        <translation>这个数值超出了可以记录的范围（{low} 到 {high}）。</translation>
    </message>
    <message>
        <source>Give the symptom a name.</source>
        <translation>请写上症状的名称。</translation>
    </message>
    <message>
        <source>Every medicine needs a name.</source>
        <translation>每种药物都需要有名称。</translation>
    </message>
    <message>
        <source>A medicine cannot stop before it started.</source>
        <translation>药物的停用日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>用药时间不能是将来的时间。</translation>
    </message>
    <message>
        <source>Choose the medicine that was given.</source>
        <translation>请选择所用的药物。</translation>
    </message>
    <message>
        <source>The score before</source>
        <translation>用药前评分</translation>
    </message>
    <message>
        <source>The score after</source>
        <translation>用药后评分</translation>
    </message>
    <message>
        <source>Choose which symptom the scores are for.</source>
        <translation>请选择评分针对的是哪种症状。</translation>
    </message>
    <message>
        <source>The score after cannot be recorded before the dose.</source>
        <translation>用药后评分的记录时间不能早于用药时间。</translation>
    </message>
    <message>
        <source>This tracker was changed or removed on another computer.</source>
        <translation>这个跟踪项已在另一台电脑上被更改或删除。</translation>
    </message>
    <message>
        <source>Another tracker is already called {name}. Choose a name no other tracker has; its scores stay with the tracker they were given to.</source>
        <translation>已经有一个跟踪项叫“{name}”。请选择一个其他跟踪项都没有用过的名称；各项评分仍归属于原来打分的跟踪项。</translation>
    </message>
</context>
<context>
    <name>DiaryCsv</name>
    <message>
        <source>{imported}, {already}</source>
        <translation>{imported}，{already}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n entries</source>
        <translation>
            <numerusform>已导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>已存在 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n entries to {file}</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, column {column}: {problem} Nothing was imported.</source>
        <translation>第 {row} 行，“{column}”列：{problem}未导入任何内容。</translation>
    </message>
    <message>
        <source>row {row}: a value in this row opens a double quote (&quot;) that is never closed, so the rest of the file would be read as part of it. Nothing was imported.</source>
        <translation>第 {row} 行：这一行中的一个值以双引号（&quot;）开头，但这个引号始终没有闭合，因此文件的其余部分都会被当作这个值的一部分读取。未导入任何内容。</translation>
    </message>
    <message>
        <source>row {row}: this cannot be read as CSV ({reason}). Nothing was imported.</source>
        <translation>第 {row} 行：无法按 CSV 格式读取（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Save the file as “CSV UTF-8” from your spreadsheet and import it again.</source>
        <translation>这不是 UTF-8 文本。请在电子表格软件中把文件另存为“CSV UTF-8”格式，然后重新导入。</translation>
    </message>
    <message>
        <source>there is a NUL byte (a zero byte) here, which a CSV text file never holds; the file may be damaged, or not a CSV file.</source>
        <translation>这里有一个 NUL 字节（零字节），CSV 文本文件中从不会有这种字节；文件可能已损坏，或者不是 CSV 文件。</translation>
    </message>
    <message>
        <source>the diary records no such vital sign; the vital sign columns are {names}.</source>
        <translation>日记中没有这项生命体征；生命体征列包括 {names}。</translation>
    </message>
    <message>
        <source>a tracker column needs the symptom&apos;s name after tracker:.</source>
        <translation>跟踪项列需要在 tracker: 后面写上症状名称。</translation>
    </message>
    <message>
        <source>this is not a column of a diary file. The columns are {columns}, then any vital:NAME and tracker:NAME.</source>
        <translation>这不是日记文件中的列。可用的列为 {columns}，此外还可以有任意 vital:名称 和 tracker:名称 列。</translation>
    </message>
    <message>
        <source>this column appears twice in the header.</source>
        <translation>这一列在标题行中出现了两次。</translation>
    </message>
    <message>
        <source>the first row has no such column, and every entry needs its date and time. The first row must name the columns: {columns}.</source>
        <translation>第一行中没有这一列，而每条记录都需要有日期和时间。第一行必须写明这些列名：{columns}。</translation>
    </message>
    <message>
        <source>{value} is not a score from 0 to 10.</source>
        <translation>{value} 不是 0 到 10 之间的评分。</translation>
    </message>
    <message>
        <source>{value} cannot be converted to this computer&apos;s local time.</source>
        <translation>{value} 无法转换为这台电脑的本地时间。</translation>
    </message>
    <message>
        <source>it is empty; every entry needs its date and time, like {example}.</source>
        <translation>这里是空的；每条记录都需要日期和时间，例如 {example}。</translation>
    </message>
    <message>
        <source>{value} has no time of day; write the date and time, like {example}.</source>
        <translation>{value} 没有写时间；请写上日期和时间，例如 {example}。</translation>
    </message>
    <message>
        <source>{value} is not a date and time like {example} (ISO 8601).</source>
        <translation>{value} 不是像 {example} 这样的日期和时间（ISO 8601 格式）。</translation>
    </message>
    <message>
        <source>{value} is before {year}; the diary keeps entries from {year} on.</source>
        <translation>{value} 早于 {year} 年；日记只保存 {year} 年及以后的条目。</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>{value} 是将来的时间。</translation>
    </message>
    <message>
        <source>“{value}” is not who completes an entry: write patient, family caregiver or health professional, or leave it empty.</source>
        <translation>“{value}”不是有效的填写人：请写 patient、family caregiver 或 health professional（即患者、家庭照护者或医护人员），或者留空。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>{value} is outside what can be recorded ({low} to {high}).</source>
        <translation>{value} 超出了可以记录的范围（{low} 到 {high}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a mark for the team: write yes for an entry marked for the team, or leave it empty.</source>
        <translation>“{value}”不是“给照护团队”的标记：标记给照护团队的记录请写 yes，否则留空。</translation>
    </message>
    <message>
        <source>this column has no name in the first row; name it or empty it.</source>
        <translation>这一列在第一行中没有名称；请给它写上名称，或者清空这一列。</translation>
    </message>
    <message>
        <source>there is a score but no other_problem; name the other problem, or leave its score empty.</source>
        <translation>有评分但没有 other_problem（其他问题）；请写上其他问题的名称，或者把它的评分留空。</translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>this value is missing: the row has {values} but the first row names {columns} (a value holding a comma or a line break must be in double quotes).</source>
        <translation>缺少这个值：这一行有 {values}，但第一行列出了 {columns}（包含逗号或换行的值必须放在英文双引号里）。</translation>
    </message>
    <message>
        <source>there is no such column: the row has {values} but the first row names {columns} (a value holding a comma or a line break must be in double quotes).</source>
        <translation>没有这一列：这一行有 {values}，但第一行只列出了 {columns}（包含逗号或换行的值必须放在英文双引号里）。</translation>
    </message>
    <message>
        <source>This file is too large to be a diary file (over {size} MB). Nothing was imported.</source>
        <translation>这个文件太大，不可能是日记文件（超过 {size} MB）。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>Symptom diary file</source>
        <translation>症状日记文件</translation>
    </message>
    <message>
        <source>Import diary entries</source>
        <translation>导入日记记录</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv);;All files (*)</source>
        <translation>电子表格文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}). Nothing was imported.</source>
        <translation>{file} 无法打开（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The entries could not be saved ({reason}). Nothing was imported.</source>
        <translation>记录无法保存（{reason}）。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the diary.</source>
        <translation>
            <numerusform>另有 %n 条已经在日记中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to {file}.</source>
        <translation>
            <numerusform>已将 %n 条日记记录保存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export diary entries</source>
        <translation>导出日记记录</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>电子表格文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DiaryLabels</name>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>family caregiver</source>
        <translation>家庭照护者</translation>
    </message>
    <message>
        <source>health professional</source>
        <translation>医护人员</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Delete diary entry of {when}</source>
        <translation>删除 {when} 的日记记录</translation>
    </message>
    <message>
        <source>Symptom diary</source>
        <translation>症状日记</translation>
    </message>
    <message>
        <source>How the person you care for feels between visits, on the ESAS-r scale the palliative team uses: nine symptoms, each from 0 (none) to 10 (worst possible), with medicines and breakthrough doses.</source>
        <translation>记录您照顾的人在两次就诊之间的感受，采用姑息治疗团队使用的 ESAS-r 量表：九项症状，每项从 0（无）到 10（最严重），还可以记录用药和解救剂量。</translation>
    </message>
    <message>
        <source>Diary sections</source>
        <translation>日记的各个部分</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>用药</translation>
    </message>
    <message>
        <source>Breakthrough doses</source>
        <translation>解救剂量</translation>
    </message>
    <message>
        <source>Alert about the saved entry</source>
        <translation>关于刚保存的记录的提醒</translation>
    </message>
    <message>
        <source>&amp;When to call the team now</source>
        <translation>什么时候要马上联系团队(&amp;W)</translation>
    </message>
    <message>
        <source>Open the Learn article When to call the team now</source>
        <translation>打开“学习”中的文章：什么时候要马上联系团队</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>关闭这条提醒</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>新建记录(&amp;N)...</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>新建日记记录</translation>
    </message>
    <message>
        <source>Record how the person feels now (Ctrl+N)</source>
        <translation>记录您照顾的人此刻的感受（Ctrl+N）</translation>
    </message>
    <message>
        <source>Record a &amp;breakthrough dose...</source>
        <translation>记录一次解救剂量(&amp;B)...</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>记录一次解救剂量</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>编辑(&amp;I)...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <source>Which entries to show</source>
        <translation>要显示哪些记录</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Between dates...</source>
        <translation>指定日期范围...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>From the first entry</source>
        <translation>从第一条记录起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>To the last entry</source>
        <translation>到最后一条记录</translation>
    </message>
    <message>
        <source>Alert settings...</source>
        <translation>提醒设置...</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>提醒设置</translation>
    </message>
    <message>
        <source>Trac&amp;kers...</source>
        <translation>跟踪项(&amp;K)...</translation>
    </message>
    <message>
        <source>Rename or stop following trackers</source>
        <translation>重命名跟踪项或停止跟踪</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>日记记录，最新的在前</translation>
    </message>
    <message>
        <source>Note of the chosen entry</source>
        <translation>所选记录的备注</translation>
    </message>
    <message>
        <source>Note of {when}, for the team:</source>
        <translation>{when} 的备注（给照护团队）：</translation>
    </message>
    <message>
        <source>Note of {when}:</source>
        <translation>{when} 的备注：</translation>
    </message>
    <message>
        <source>No entries yet. To start, click New entry (or press Ctrl+N) once or twice a day at about the same times, and score how each symptom feels right now.</source>
        <translation>还没有记录。开始时，请每天一到两次、在大致相同的时间点击“新建记录”（或按 Ctrl+N），按此刻的感受给每项症状打分。</translation>
    </message>
    <message>
        <source>No entries in these dates. Choose All entries to see every one.</source>
        <translation>这段日期内没有记录。选择“全部记录”可以看到每一条。</translation>
    </message>
    <message>
        <source>Delete diary entry</source>
        <translation>删除日记记录</translation>
    </message>
    <message>
        <source>Delete the entry of {when}? You can bring it back with Edit &gt; Undo until you close Care Companion.</source>
        <translation>要删除 {when} 的记录吗？在关闭 Care Companion 之前，您可以用“编辑 &gt; 撤销”恢复它。</translation>
    </message>
    <message>
        <source>The entry could not be deleted ({reason}). Nothing was changed.</source>
        <translation>无法删除这条记录（{reason}）。没有做任何改动。</translation>
    </message>
    <message>
        <source>Entry deleted. Edit &gt; Undo brings it back.</source>
        <translation>记录已删除。“编辑 &gt; 撤销”可以恢复它。</translation>
    </message>
    <message>
        <source>{symptom} is {score}, in the severe band (7 to 10).</source>
        <translation>{symptom}为 {score} 分，属于重度范围（7 到 10 分）。</translation>
    </message>
    <message>
        <source>{symptom} is {score}, at or above your alert level of {level}.</source>
        <translation>{symptom}为 {score} 分，达到或超过了您设定的提醒分数 {level} 分。</translation>
    </message>
    <message>
        <source>{symptom} is {score}, {rise:.1f} points above its average of the days before ({average:.1f}).</source>
        <translation>{symptom}为 {score} 分，比前几天的平均分（{average:.1f}）高出 {rise:.1f} 分。</translation>
    </message>
    <message>
        <source>Temperature {reading}, at or above your fever threshold of {threshold}.</source>
        <translation>体温 {reading}，达到或高于您设定的发烧阈值 {threshold}。</translation>
    </message>
    <message>
        <source>Oxygen saturation {reading}&#xa0;%, below the threshold your team gave of {threshold}&#xa0;%.</source>
        <translation>血氧饱和度 {reading}%，低于您的团队给出的阈值 {threshold}%。</translation>
    </message>
    <message>
        <source>The person you chose to call first for symptoms: {name} {number}</source>
        <translation>您选定的出现症状时首先联系的人：{name} {number}</translation>
    </message>
    <message>
        <source>Their after-hours line, outside office hours: {number}</source>
        <translation>其非办公时间专线（办公时间以外拨打）：{number}</translation>
    </message>
    <message>
        <source>Outside office hours, call the after-hours line of {name}: {number}</source>
        <translation>办公时间以外，请拨打 {name} 的非办公时间电话：{number}</translation>
    </message>
    <message>
        <source>Their office number, for office hours: {number}</source>
        <translation>其办公电话（办公时间内拨打）：{number}</translation>
    </message>
    <message>
        <source>Outside office hours: {name}, the person you chose to call first, has no after-hours number in the Care team tab. Their number: {number}</source>
        <translation>办公时间以外：您选定首先联系的人 {name} 在“照护团队”标签页中没有非办公时间电话。其电话：{number}</translation>
    </message>
    <message>
        <source>Outside office hours: {name}, the person you chose to call first, has no phone number in the Care team tab.</source>
        <translation>办公时间以外：您选定首先联系的人 {name} 在“照护团队”标签页中没有电话号码。</translation>
    </message>
    <message>
        <source>No one is marked to call first for symptoms yet: choose them in the Care team tab.</source>
        <translation>还没有标记出现症状时首先联系的人：请在“照护团队”标签页中选择。</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>紧急情况请拨打 911（或当地的急救电话，例如中国大陆为 120）。</translation>
    </message>
</context>
<context>
    <name>DoneCommand</name>
    <message>
        <source>{step}: cannot be undone, as it was changed since on another computer or by another program. Nothing was changed.</source>
        <translation>{step}：无法撤销，因为它之后已在另一台电脑上或被另一个程序更改。没有做任何改动。</translation>
    </message>
    <message>
        <source>{step}: cannot be redone, as it was changed since on another computer or by another program. Nothing was changed.</source>
        <translation>{step}：无法重做，因为它之后已在另一台电脑上或被另一个程序更改。没有做任何改动。</translation>
    </message>
    <message>
        <source>{step}: could not be undone ({reason}). Nothing was changed.</source>
        <translation>{step}：无法撤销（{reason}）。没有做任何改动。</translation>
    </message>
    <message>
        <source>{step}: could not be redone ({reason}). Nothing was changed.</source>
        <translation>{step}：无法重做（{reason}）。没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>DoseForm</name>
    <message>
        <source>Breakthrough dose</source>
        <translation>解救剂量</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>药物(&amp;M)：</translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation>所用的药物</translation>
    </message>
    <message>
        <source>&amp;Given at:</source>
        <translation>用药时间(&amp;G)：</translation>
    </message>
    <message>
        <source>Time the dose was given</source>
        <translation>这一剂的用药时间</translation>
    </message>
    <message>
        <source>Doses in the last 24 hours and the limits entered</source>
        <translation>过去24小时的用药次数和已填写的限制</translation>
    </message>
    <message>
        <source>Given b&amp;y:</source>
        <translation>给药人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Who gave the dose</source>
        <translation>谁给的药</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>剂量(&amp;D)：</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>As given, for example 5 mg (2.5 mL)</source>
        <translation>按实际用量填写，例如 5 mg（2.5 mL）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the dose</source>
        <translation>用药原因</translation>
    </message>
    <message>
        <source>S&amp;core for:</source>
        <translation>评分的症状(&amp;C)：</translation>
    </message>
    <message>
        <source>Symptom the scores are for</source>
        <translation>评分针对的症状</translation>
    </message>
    <message>
        <source>Score &amp;before:</source>
        <translation>用药前评分(&amp;B)：</translation>
    </message>
    <message>
        <source>Score before the dose</source>
        <translation>用药前的评分</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Score &amp;after (30 to 60 minutes later):</source>
        <translation>用药后评分(&amp;A)（30 到 60 分钟后）：</translation>
    </message>
    <message>
        <source>Score 30 to 60 minutes after the dose</source>
        <translation>用药 30 到 60 分钟后的评分</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DoseReminders</name>
    <message>
        <source>Medicine reminders</source>
        <translation>用药提醒</translation>
    </message>
    <message>
        <source>Refill reminders</source>
        <translation>续药提醒</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>打开“今天”</translation>
    </message>
    <message>
        <source>Open the Today page to answer the doses</source>
        <translation>打开“今天”页面，记录这些剂量</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 分钟后再提醒</translation>
    </message>
    <message>
        <source>Remind me of these doses in 15 minutes</source>
        <translation>15 分钟后再提醒我这些剂量</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Hide the refill reminder until tomorrow</source>
        <translation>明天之前不再显示续药提醒</translation>
    </message>
    <message>
        <source>Refill collected</source>
        <translation>已取药</translation>
    </message>
    <message>
        <source>Refill collected: {medicine}</source>
        <translation>已取药：{medicine}</translation>
    </message>
    <message>
        <source>Log the refill of {medicine}</source>
        <translation>记录 {medicine} 已续药</translation>
    </message>
    <message>
        <source>Medicine reminder</source>
        <translation>用药提醒</translation>
    </message>
</context>
<context>
    <name>DoseWords</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>患者本人</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>在睡觉</translation>
    </message>
    <message>
        <source>vomited</source>
        <translation>呕吐</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>{time} (before the clocks went back)</source>
        <translation>{time}（时钟调回之前）</translation>
    </message>
    <message>
        <source>{time} (after the clocks went back)</source>
        <translation>{time}（时钟调回之后）</translation>
    </message>
    <message>
        <source>At least {interval} between doses</source>
        <translation>两次用药至少间隔 {interval}</translation>
    </message>
    <message>
        <source>At most {count} doses in 24 hours</source>
        <translation>24 小时内最多 {count} 次</translation>
    </message>
    <message>
        <source>No interval or daily limit entered in the app.</source>
        <translation>应用中未填写用药间隔或每日上限。</translation>
    </message>
</context>
<context>
    <name>DosesPanel</name>
    <message>
        <source>Record the score now...</source>
        <translation>现在记录评分...</translation>
    </message>
    <message>
        <source>Record the score after the dose</source>
        <translation>记录用药后的评分</translation>
    </message>
    <message>
        <source>&amp;Record a dose...</source>
        <translation>记录一次用药(&amp;R)...</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>记录一次解救剂量</translation>
    </message>
    <message>
        <source>Edit or add the score after...</source>
        <translation>编辑或补充用药后评分...</translation>
    </message>
    <message>
        <source>Edit the selected dose</source>
        <translation>编辑所选的用药记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected dose</source>
        <translation>删除所选的用药记录</translation>
    </message>
    <message>
        <source>Breakthrough doses, newest first</source>
        <translation>解救剂量，最新的在前</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>用药时间</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>评分：用药前 → 用药后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>给药人</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录于</translation>
    </message>
    <message>
        <source>No breakthrough doses recorded in the last 90 days. When an as-needed dose is given, record it here with the score before, and the score 30 to 60 minutes later: the team uses both.</source>
        <translation>最近 90 天内没有记录解救剂量。每次按需用药后，请在这里记下用药前的评分，以及 30 到 60 分钟后的评分：团队会同时参考这两个分数。</translation>
    </message>
    <message>
        <source>Doses per day, last 7 days: {counts}.</source>
        <translation>最近 7 天每天的用药次数：{counts}。</translation>
    </message>
    <message numerus="yes">
        <source>Where both scores were recorded (%n doses), the average went from {before:.1f} before to {after:.1f} after.</source>
        <translation>
            <numerusform>在两项评分都有记录的情况下（%n 次给药），平均分从给药前的 {before:.1f} 变为给药后的 {after:.1f}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose of {medicine} at {when} was given for {reason}. How is it now? Recording the score 30 to 60 minutes after shows the team how much it helped.</source>
        <translation>{when} 因{reason}用了一剂 {medicine}。现在情况怎么样？记下用药 30 到 60 分钟后的评分，能让团队看到它起了多大作用。</translation>
    </message>
    <message>
        <source>Delete dose</source>
        <translation>删除用药记录</translation>
    </message>
    <message>
        <source>Delete the dose of {medicine} given at {when}? Edit &gt; Undo brings it back.</source>
        <translation>要删除 {when} 用的那一剂 {medicine} 吗？“编辑 &gt; 撤销”可以恢复它。</translation>
    </message>
    <message>
        <source>The dose of {medicine} given at {when} could not be deleted ({reason}). Nothing was changed. Free some disk space and try again.</source>
        <translation>{when} 用的那一剂 {medicine} 无法删除（{reason}）。没有做任何更改。请腾出一些磁盘空间，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit diary entry</source>
        <translation>编辑日记记录</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>新建日记记录</translation>
    </message>
    <message>
        <source>Diary entry form</source>
        <translation>日记记录表单</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source> L/min</source>
        <translation> 升/分钟</translation>
    </message>
    <message>
        <source> lb</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> 公斤</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source> beats/min</source>
        <translation> 次/分钟</translation>
    </message>
    <message>
        <source>Follow another symptom</source>
        <translation>跟踪另一种症状</translation>
    </message>
    <message>
        <source>Name of the symptom (for example cough, constipation, swelling):</source>
        <translation>症状名称（例如咳嗽、便秘、肿胀）：</translation>
    </message>
    <message>
        <source>An entry cannot be dated in the future.</source>
        <translation>记录的日期不能在将来。</translation>
    </message>
    <message>
        <source>The entry could not be saved ({reason}). Check that the disk is not full and try again; everything you typed is still here.</source>
        <translation>记录无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的所有内容都还在这里。</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Diary entry</source>
        <translation>日记记录</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Date and time of the entry</source>
        <translation>记录的日期和时间</translation>
    </message>
    <message>
        <source>Completed &amp;by:</source>
        <translation>填写人(&amp;B)：</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>How does the person feel now?</source>
        <translation>您照顾的人此刻感觉怎么样？</translation>
    </message>
    <message>
        <source>Choose 0 to 10 for each, or leave &quot;not rated&quot;.</source>
        <translation>每项选择 0 到 10，或者保留“未评分”。</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst possible pain</source>
        <translation>0 = 无疼痛，10 = 最严重的疼痛</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Tiredness (lack of energy)</source>
        <translation>疲倦（缺乏精力）</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>疲倦</translation>
    </message>
    <message>
        <source>0 = no tiredness, 10 = worst possible tiredness</source>
        <translation>0 = 无疲倦，10 = 最严重的疲倦</translation>
    </message>
    <message>
        <source>Drowsiness (feeling sleepy)</source>
        <translation>嗜睡（想睡觉）</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>嗜睡</translation>
    </message>
    <message>
        <source>0 = no drowsiness, 10 = worst possible drowsiness</source>
        <translation>0 = 无嗜睡，10 = 最严重的嗜睡</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>恶心</translation>
    </message>
    <message>
        <source>0 = no nausea, 10 = worst possible nausea</source>
        <translation>0 = 无恶心，10 = 最严重的恶心</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>食欲不振</translation>
    </message>
    <message>
        <source>0 = no lack of appetite, 10 = worst possible lack of appetite</source>
        <translation>0 = 无食欲不振，10 = 最严重的食欲不振</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>呼吸困难</translation>
    </message>
    <message>
        <source>0 = no shortness of breath, 10 = worst possible shortness of breath</source>
        <translation>0 = 无呼吸困难，10 = 最严重的呼吸困难</translation>
    </message>
    <message>
        <source>Depression (feeling sad)</source>
        <translation>抑郁（感到悲伤）</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>抑郁</translation>
    </message>
    <message>
        <source>0 = no depression, 10 = worst possible depression</source>
        <translation>0 = 无抑郁，10 = 最严重的抑郁</translation>
    </message>
    <message>
        <source>Anxiety (feeling nervous)</source>
        <translation>焦虑（感到紧张）</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>0 = no anxiety, 10 = worst possible anxiety</source>
        <translation>0 = 无焦虑，10 = 最严重的焦虑</translation>
    </message>
    <message>
        <source>Wellbeing (how you feel overall)</source>
        <translation>整体感觉（总体感觉如何）</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>整体感觉</translation>
    </message>
    <message>
        <source>0 = best wellbeing, 10 = worst possible wellbeing</source>
        <translation>0 = 整体感觉最好，10 = 整体感觉最差</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Other problem score</source>
        <translation>其他问题的评分</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst possible</source>
        <translation>0 = 无，10 = 最严重</translation>
    </message>
    <message>
        <source>Other symptoms you follow</source>
        <translation>您跟踪的其他症状</translation>
    </message>
    <message>
        <source>Rename or stop following...</source>
        <translation>重命名或停止跟踪...</translation>
    </message>
    <message>
        <source>Rename or stop following the symptoms you follow</source>
        <translation>重命名您跟踪的症状或停止跟踪</translation>
    </message>
    <message>
        <source>It goes on the visit summary.</source>
        <translation>会写进就诊总结。</translation>
    </message>
    <message>
        <source>Follow another symptom...</source>
        <translation>跟踪另一种症状...</translation>
    </message>
    <message>
        <source>Follow another symptom</source>
        <translation>跟踪另一种症状</translation>
    </message>
    <message>
        <source>Measurements (optional)</source>
        <translation>测量值（可选）</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>体温(&amp;T)：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>O&amp;xygen saturation:</source>
        <translation>血氧饱和度(&amp;X)：</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>血氧饱和度</translation>
    </message>
    <message>
        <source>Oxygen &amp;flow:</source>
        <translation>吸氧流量(&amp;F)：</translation>
    </message>
    <message>
        <source>Oxygen flow</source>
        <translation>吸氧流量</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>体重(&amp;W)：</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>脉搏(&amp;P)：</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>Heartbeats per minute</source>
        <translation>每分钟心跳次数</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything the team should hear about: sleep, eating, mood, what helped</source>
        <translation>团队应该知道的事：睡眠、饮食、情绪、什么有帮助</translation>
    </message>
    <message>
        <source>Mark this note for the care team</source>
        <translation>把这条备注标记给照护团队</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录于</translation>
    </message>
    <message>
        <source>For the team: </source>
        <translation>告知团队：</translation>
    </message>
</context>
<context>
    <name>Esas</name>
    <message>
        <source>No {symptom}</source>
        <translation>无{symptom}</translation>
    </message>
    <message>
        <source>Worst possible {symptom}</source>
        <translation>最严重的{symptom}</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>疲倦</translation>
    </message>
    <message>
        <source>lack of energy</source>
        <translation>缺乏精力</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>嗜睡</translation>
    </message>
    <message>
        <source>feeling sleepy</source>
        <translation>想睡觉</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>恶心</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>食欲不振</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>呼吸困难</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>抑郁</translation>
    </message>
    <message>
        <source>feeling sad</source>
        <translation>感到悲伤</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>feeling nervous</source>
        <translation>感到紧张</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>整体感觉</translation>
    </message>
    <message>
        <source>how you feel overall</source>
        <translation>总体感觉如何</translation>
    </message>
    <message>
        <source>Best wellbeing</source>
        <translation>整体感觉最好</translation>
    </message>
    <message>
        <source>Worst possible wellbeing</source>
        <translation>整体感觉最差</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>重度</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the space allowed on this disk is used up</source>
        <translation>此磁盘上允许使用的空间已用完</translation>
    </message>
    <message>
        <source>the drive can only be read, not written</source>
        <translation>该驱动器只能读取，不能写入</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>系统不允许此操作</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is there already</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>the drive could not be read or written</source>
        <translation>无法读取或写入该驱动器</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>正在使用中</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>它是设备或管道，不是文件</translation>
    </message>
    <message>
        <source>Free some space on that disk, or save to another drive, and try again.</source>
        <translation>请在那个磁盘上腾出一些空间，或者保存到另一个驱动器，然后再试一次。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as Documents, and try again.</source>
        <translation>请选择一个您有权限写入的文件夹，例如“文档”，然后再试一次。</translation>
    </message>
    <message>
        <source>Type a file name, not only a folder, and try again.</source>
        <translation>请输入文件名，而不只是文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>Choose a folder that exists, and try again.</source>
        <translation>请选择一个存在的文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>Choose a shorter name, and try again.</source>
        <translation>请选择一个更短的名称，然后再试一次。</translation>
    </message>
    <message>
        <source>Close the program that has it open, and try again.</source>
        <translation>请关闭打开着它的程序，然后再试一次。</translation>
    </message>
    <message>
        <source>Try another folder.</source>
        <translation>请换一个文件夹试试。</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}). {advice}</source>
        <translation>{file} 无法保存（{reason}）。{advice}</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>A few steps for the first days, in this order. Each button takes you to the place it names. You can come back to this list at any time from Help &gt; Getting started.</source>
        <translation>最初几天的几个步骤，请按这个顺序进行。每个按钮都会带您到它所说的地方。您可以随时通过“帮助 &gt; 入门”回到这个列表。</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Type the name of the person you care for and their allergies, your name and the names of the others who give care, and the home time zone: where the person lives.</source>
        <translation>填写您照护的人的姓名和过敏情况、您的姓名和其他照护者的姓名，以及家庭时区：这个人居住的地方。</translation>
    </message>
    <message>
        <source>Open the &amp;profile...</source>
        <translation>打开资料(&amp;P)...</translation>
    </message>
    <message>
        <source>Open the profile</source>
        <translation>打开资料</translation>
    </message>
    <message>
        <source>The care team</source>
        <translation>照护团队</translation>
    </message>
    <message>
        <source>Add each person on the team with their phone numbers, and the after-hours or 24-hour line. For the person the team said to call first about symptoms, tick “Call first for symptoms”.</source>
        <translation>添加团队中的每个人及其电话号码，以及非工作时间或 24 小时热线。对于团队告诉您出现症状时首先联系的人，请勾选“出现症状时首先联系”。</translation>
    </message>
    <message>
        <source>Open the care &amp;team</source>
        <translation>打开照护团队(&amp;T)</translation>
    </message>
    <message>
        <source>Open the care team</source>
        <translation>打开照护团队</translation>
    </message>
    <message>
        <source>The medicines</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Copy each medicine from its label or the hospital&apos;s list, with the times of day it is given: those doses then show on the Today page. For a medicine given only when needed, tick “Taken as needed” and type what the prescription allows: the least time between doses and the most in 24 hours.</source>
        <translation>按照药品标签或医院的清单逐一抄写每种药物，以及每天用药的时间：这些剂量随后会显示在“今天”页面上。对于只在需要时使用的药物，请勾选“按需使用”，并填写处方允许的范围：两次用药的最短间隔和 24 小时内最多剂数。</translation>
    </message>
    <message>
        <source>Open the &amp;medicines</source>
        <translation>打开药物(&amp;M)</translation>
    </message>
    <message>
        <source>Open the medicines</source>
        <translation>打开药物</translation>
    </message>
    <message>
        <source>The symptom diary</source>
        <translation>症状日记</translation>
    </message>
    <message>
        <source>Once or twice a day, note how the person feels: nine symptoms, each from 0 (none) to 10 (worst possible). The team sees how they change between visits.</source>
        <translation>每天一到两次，记下这个人的感受：九种症状，每种从 0（没有）到 10（最严重）。团队可以看到它们在两次就诊之间的变化。</translation>
    </message>
    <message>
        <source>Open the symptom &amp;diary</source>
        <translation>打开症状日记(&amp;D)</translation>
    </message>
    <message>
        <source>Open the symptom diary</source>
        <translation>打开症状日记</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Add each visit, test or treatment to the calendar as soon as it is booked.</source>
        <translation>每次就诊、检查或治疗一经预约，就把它添加到日历中。</translation>
    </message>
    <message>
        <source>Open the &amp;calendar</source>
        <translation>打开日历(&amp;C)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Questions for the team</source>
        <translation>要问团队的问题</translation>
    </message>
    <message>
        <source>When a question comes to mind, add it to the list, so it is not forgotten at the next visit.</source>
        <translation>想到问题时，就把它添加到列表中，以免下次就诊时忘记。</translation>
    </message>
    <message>
        <source>Open the &amp;questions</source>
        <translation>打开问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Open the questions</source>
        <translation>打开问题</translation>
    </message>
    <message>
        <source>Before a visit</source>
        <translation>就诊之前</translation>
    </message>
    <message>
        <source>Print the visit summary and hand it to the team: symptoms, doses, medicines, appointments and your questions. Print the medicine chart to keep with the medicines at home.</source>
        <translation>打印就诊总结并交给团队：症状、剂量、药物、预约和您的问题。打印用药表，放在家里的药物旁边。</translation>
    </message>
    <message>
        <source>&amp;Visit summary...</source>
        <translation>就诊总结(&amp;V)...</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>就诊总结</translation>
    </message>
    <message>
        <source>Print medicine c&amp;hart...</source>
        <translation>打印用药表(&amp;H)...</translation>
    </message>
    <message>
        <source>Print medicine chart</source>
        <translation>打印用药表</translation>
    </message>
</context>
<context>
    <name>GlossaryBox</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>关闭这条解释</translation>
    </message>
</context>
<context>
    <name>HomeZone</name>
    <message>
        <source>Times are {home} time, the family&apos;s home time zone. This computer is set to {here} time.</source>
        <translation>这里的时间都是{home}时间，即家人所在的家庭时区。这台电脑设置的是{here}时间。</translation>
    </message>
    <message>
        <source>Times are {home} time</source>
        <translation>时间均为{home}时间</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Video visit: {link}</source>
        <translation>视频就诊：{link}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>参加人员：{names}</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>开车接送：{name}</translation>
    </message>
    <message>
        <source>(pick-up at {time})</source>
        <translation>（{time} 接人）</translation>
    </message>
    <message>
        <source>Bring or prepare: {what}</source>
        <translation>携带或准备：{what}</translation>
    </message>
    <message>
        <source>Decided at the visit: {what}</source>
        <translation>就诊时的决定：{what}</translation>
    </message>
    <message>
        <source>Care Companion appointments</source>
        <translation>Care Companion 预约</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>Event {position} ({summary}): {text}</source>
        <translation>第 {position} 个事件（{summary}）：{text}</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>the time zone “{zone}” is unknown; its times were read as {place} time</source>
        <translation>无法识别时区“{zone}”；其中的时间已按{place}时间读取</translation>
    </message>
    <message>
        <source>the time zone “{zone}” has no standard name; its times were converted to {place} time</source>
        <translation>时区“{zone}”没有标准名称；其中的时间已换算为{place}时间</translation>
    </message>
    <message>
        <source>it mixes whole days (VALUE=DATE) with times: check when it is</source>
        <translation>它把全天 (VALUE=DATE) 和具体时间混在一起：请核对它的时间</translation>
    </message>
    <message>
        <source>its end is before its start, so the end was left out</source>
        <translation>它的结束时间早于开始时间，因此未导入结束时间</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>a line in it cannot be read ({reason})</source>
        <translation>其中有一行无法读取（{reason}）</translation>
    </message>
    <message>
        <source>its {property} cannot be read ({reason})</source>
        <translation>无法读取其中的 {property}（{reason}）</translation>
    </message>
    <message>
        <source>a changed date without a UID</source>
        <translation>改期的就诊缺少 UID</translation>
    </message>
    <message>
        <source>it is marked canceled</source>
        <translation>已标记为取消</translation>
    </message>
    <message>
        <source>event {earlier} has the same UID; this later one was kept</source>
        <translation>第 {earlier} 个事件的 UID 与此相同；保留了后面这一个</translation>
    </message>
    <message>
        <source>it changes this date and every later one (RANGE=THISANDFUTURE), but only this date was changed: check the later dates</source>
        <translation>它更改的是这一日期及之后的所有日期 (RANGE=THISANDFUTURE)，但只更改了这一日期：请核对之后的日期</translation>
    </message>
    <message>
        <source>it has no start date</source>
        <translation>没有开始日期</translation>
    </message>
    <message>
        <source>its start is not a date</source>
        <translation>开始时间不是有效的日期</translation>
    </message>
    <message>
        <source>only its first repeat rule was read</source>
        <translation>只读取了第一条重复规则</translation>
    </message>
    <message>
        <source>its repeat rule cannot be used ({reason})</source>
        <translation>无法使用它的重复规则（{reason}）</translation>
    </message>
    <message>
        <source>its extra dates (RDATE) were left out</source>
        <translation>额外的日期（RDATE）没有导入</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file. Nothing was imported.</source>
        <translation>这不是 iCalendar（.ics）文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>This file is {size} MB, far larger than a calendar of appointments (at most {limit} MB). Nothing was imported.</source>
        <translation>这个文件有 {size} MB，远远超过预约日历应有的大小（最多 {limit} MB）。未导入任何内容。</translation>
    </message>
    <message>
        <source>the event is not closed (END:VEVENT)</source>
        <translation>事件没有结束标记（END:VEVENT）</translation>
    </message>
    <message>
        <source>a line of the event is far too long</source>
        <translation>事件中有一行太长了</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file: it holds no calendar (BEGIN:VCALENDAR) and no events (BEGIN:VEVENT). Nothing was imported.</source>
        <translation>此文件不是 iCalendar (.ics) 文件：其中既没有日历 (BEGIN:VCALENDAR)，也没有事件 (BEGIN:VEVENT)。未导入任何内容。</translation>
    </message>
    <message>
        <source>This file is not a complete iCalendar (.ics) file. Nothing was imported.</source>
        <translation>这不是完整的 iCalendar（.ics）文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>This calendar file holds no events (appointments) to import. Nothing was imported.</source>
        <translation>此日历文件中没有可导入的事件（预约）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file&apos;s only event cannot be imported: event {position} ({summary}): {reason}. Nothing was imported.</source>
        <translation>此文件中唯一的事件无法导入：第 {position} 个事件（{summary}）：{reason}。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file has no calendar wrapper (BEGIN:VCALENDAR); its events were read on their own.</source>
        <translation>此文件没有日历外层 (BEGIN:VCALENDAR)；其中的事件已逐个读取。</translation>
    </message>
    <message>
        <source>The file holds more than {count} events; only the first {count} were read.</source>
        <translation>这个文件中有超过 {count} 个事件；只读取了前 {count} 个。</translation>
    </message>
    <message>
        <source>it has {count} different {property} values; an event has one</source>
        <translation>它有 {count} 个不同的 {property} 值；一个事件只能有一个</translation>
    </message>
    <message>
        <source>its {property} is not a date or a date and time</source>
        <translation>它的 {property} 不是日期，也不是日期和时间</translation>
    </message>
    <message>
        <source>its {property} is not a length of time</source>
        <translation>它的 {property} 不是一段时长</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} 已锁定</translation>
    </message>
    <message>
        <source>{app} is locked. Type the password to go on.</source>
        <translation>{app} 已锁定。请输入密码继续。</translation>
    </message>
    <message numerus="yes">
        <source>Care Companion locked itself after %n minutes without use, to keep the record private. Type the password to go on; nothing you were typing is lost.</source>
        <translation>
            <numerusform>Care Companion 在无人使用 %n 分钟后自动锁定了，以保护记录的隐私。请输入密码继续；您正在输入的内容都不会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Care Companion is locked. Type the password to go on; nothing you were typing is lost.</source>
        <translation>Care Companion 已锁定。请输入密码继续；您正在输入的内容都不会丢失。</translation>
    </message>
    <message>
        <source>&amp;Quit Care Companion</source>
        <translation>退出 Care Companion(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The care record {path} passed the check: no damage was found.</source>
        <translation>照护记录 {path} 通过了检查：没有发现损坏。</translation>
    </message>
    <message>
        <source>The care record {path} is damaged: {problem}. Restore it from a backup (caregiver-app restore FILE, or File &gt; Restore from backup... in the app).</source>
        <translation>照护记录 {path} 已损坏：{problem}。请从备份中恢复（运行 caregiver-app restore FILE，或者在应用中使用“文件 &gt; 从备份恢复...”）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>main</source>
        <translation>主号码</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>after hours / 24-hour line</source>
        <translation>非工作时间 / 24 小时热线</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>非工作时间</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Understanding palliative care</source>
        <translation>认识姑息治疗</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>您的团队</translation>
    </message>
    <message>
        <source>Day to day</source>
        <translation>日常照护</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>写给您</translation>
    </message>
</context>
<context>
    <name>LearnArticleList</name>
    <message>
        <source>Search the articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>词语解释</translation>
    </message>
    <message>
        <source>One article mentions “{text}”.</source>
        <translation>有 1 篇文章提到“{text}”。</translation>
    </message>
    <message numerus="yes">
        <source>%n articles mention “{text}”.</source>
        <translation>
            <numerusform>有 %n 篇文章提到“{text}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the articles or the glossary mentions “{text}”. Try a shorter or different word, or clear the search to see every article.</source>
        <translation>文章和词语解释中都没有提到“{text}”。请试试更短或不同的词，或清除搜索以查看所有文章。</translation>
    </message>
</context>
<context>
    <name>LearnTab</name>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Plain answers about palliative care, to read at your own pace, and the questions you want to ask the team. Click an underlined word for its meaning.</source>
        <translation>关于姑息治疗的通俗解答，可以按自己的节奏慢慢读；还有您想问团队的问题。点击带下划线的词语可以查看它的意思。</translation>
    </message>
    <message>
        <source>The reading material that comes with Care Companion could not be found. Reinstall the app to bring it back; your care record is not affected.</source>
        <translation>找不到 Care Companion 附带的阅读材料。请重新安装这个应用来恢复它们；您的照护记录不受影响。</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation>给这篇文章加书签</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF...</source>
        <translation>打印或另存为 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Print or save this article as PDF</source>
        <translation>打印这篇文章或另存为 PDF</translation>
    </message>
    <message>
        <source>As&amp;k my team about this...</source>
        <translation>就此询问我的团队(&amp;K)...</translation>
    </message>
    <message>
        <source>Ask my team about this</source>
        <translation>就此询问我的团队</translation>
    </message>
    <message>
        <source>Add a question about this article to the list below. Select a sentence first to quote it.</source>
        <translation>在下面的列表中添加一个关于这篇文章的问题。先选中一句话，就可以引用它。</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>已加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarked “{title}”. It is listed at the top.</source>
        <translation>已给“{title}”加书签。它会列在最上面。</translation>
    </message>
    <message>
        <source>Removed the bookmark from “{title}”.</source>
        <translation>已取消“{title}”的书签。</translation>
    </message>
    <message>
        <source>About “{quote}”: </source>
        <translation>关于“{quote}”：</translation>
    </message>
    <message>
        <source>Ask my team about this...</source>
        <translation>就此询问我的团队...</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>打印或另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>已将“{title}”保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Export medicine log</source>
        <translation>导出用药记录</translation>
    </message>
    <message>
        <source>Every scheduled dose that came due, given or not (“not logged” when nobody answered), and every as-needed dose. Leave the days blank for the whole log.</source>
        <translation>每个已到时间的按时剂量，无论是否服用（无人回答时为“未记录”），以及每次按需用药。日期留空即导出全部记录。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>The log cannot go past today.</source>
        <translation>记录不能晚于今天。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (.csv)</source>
        <translation>电子表格 (.csv)(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;HIR R4 for a clinical system (.json)</source>
        <translation>供临床系统使用的 FHIR R4 (.json)(&amp;H)</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>第一天不能晚于最后一天。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} - demo record</source>
        <translation>{app} - 演示记录</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>Care &amp;team</source>
        <translation>照护团队(&amp;T)</translation>
    </message>
    <message>
        <source>Symptom &amp;diary</source>
        <translation>症状日记(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>了解(&amp;L)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>各个部分</translation>
    </message>
    <message>
        <source>This is a fictional demo record in a throwaway folder. Your own record is not touched, and changes here are discarded when you close the app.</source>
        <translation>这是一份虚构的演示记录，放在一个临时文件夹中。您自己的记录不会受到影响，在这里所做的更改会在关闭应用时丢弃。</translation>
    </message>
    <message>
        <source>Undo and Redo</source>
        <translation>撤销和重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Visit summary...</source>
        <translation>就诊总结(&amp;V)...</translation>
    </message>
    <message>
        <source>The printed summary to hand to the care team: symptoms, doses, medicines, notes, visits and questions.</source>
        <translation>打印出来交给照护团队的总结：症状、解救剂量、用药、备注、就诊和问题。</translation>
    </message>
    <message>
        <source>&amp;Import contacts (.vcf)...</source>
        <translation>导入联系人（.vcf）(&amp;I)...</translation>
    </message>
    <message>
        <source>Add contacts from a file saved by Outlook, Apple or Google Contacts.</source>
        <translation>从 Outlook、Apple 或 Google 通讯录保存的文件中添加联系人。</translation>
    </message>
    <message>
        <source>&amp;Export all contacts (.vcf)...</source>
        <translation>导出全部联系人（.vcf）(&amp;E)...</translation>
    </message>
    <message>
        <source>Save the whole care team as a file other address books can read.</source>
        <translation>把整个照护团队保存为其他通讯录可以读取的文件。</translation>
    </message>
    <message>
        <source>Export &amp;selected contacts (.vcf)...</source>
        <translation>导出选中的联系人（.vcf）(&amp;S)...</translation>
    </message>
    <message>
        <source>Save only the contacts selected in the Care team tab.</source>
        <translation>只保存在“照护团队”标签页中选中的联系人。</translation>
    </message>
    <message>
        <source>Add diary entries from a spreadsheet file in the diary&apos;s format.</source>
        <translation>从符合日记格式的电子表格文件中添加日记记录。</translation>
    </message>
    <message>
        <source>Save every diary entry as a spreadsheet file.</source>
        <translation>把所有日记记录保存为电子表格文件。</translation>
    </message>
    <message>
        <source>Add appointments from a file saved by Google Calendar, Outlook or Apple.</source>
        <translation>从 Google 日历、Outlook 或 Apple 保存的文件中添加预约。</translation>
    </message>
    <message>
        <source>Save every appointment as a file other calendars can import.</source>
        <translation>把所有预约保存为其他日历可以导入的文件。</translation>
    </message>
    <message>
        <source>A one-page list of who to call and their numbers, to print.</source>
        <translation>一页纸的清单，列出该打给谁和他们的电话号码，可以打印出来。</translation>
    </message>
    <message>
        <source>Phones and &amp;calendars...</source>
        <translation>手机和日历(&amp;C)...</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones.</source>
        <translation>把预约和照护团队放到家人的手机上。</translation>
    </message>
    <message>
        <source>Import &amp;diary entries (.csv)...</source>
        <translation>导入日记记录（.csv）(&amp;D)...</translation>
    </message>
    <message>
        <source>Export diary e&amp;ntries (.csv)...</source>
        <translation>导出日记记录（.csv）(&amp;N)...</translation>
    </message>
    <message>
        <source>Import calend&amp;ar (.ics)...</source>
        <translation>导入日历（.ics）(&amp;A)...</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)...</source>
        <translation>导出日历（.ics）(&amp;X)...</translation>
    </message>
    <message>
        <source>“Who to call” sheet (&amp;PDF)...</source>
        <translation>“该打给谁”清单（PDF）(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Make a checked copy of the care record in its backups folder now.</source>
        <translation>现在就在备份文件夹中为照护记录做一份经过检查的副本。</translation>
    </message>
    <message>
        <source>Save a backup &amp;to...</source>
        <translation>把备份保存到(&amp;T)...</translation>
    </message>
    <message>
        <source>Save a checked copy of the care record elsewhere, such as a USB stick.</source>
        <translation>把照护记录的一份经过检查的副本保存到别处，比如 U 盘。</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>Bring back an earlier copy; the record as it is now is kept first.</source>
        <translation>恢复较早的副本；恢复之前会先保留当前的记录。</translation>
    </message>
    <message>
        <source>Pass&amp;word protection...</source>
        <translation>密码保护(&amp;W)...</translation>
    </message>
    <message>
        <source>Set, change or remove the password that encrypts the care record, and choose when the window locks itself.</source>
        <translation>设置、更改或移除用来加密照护记录的密码，并选择窗口何时自动锁定。</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Cover the window until the password is typed again.</source>
        <translation>遮住窗口，直到再次输入密码。</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder that holds the care record in the file manager.</source>
        <translation>在文件管理器中显示存放照护记录的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Care Companion. Everything is already saved.</source>
        <translation>关闭 Care Companion。所有内容都已保存。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>入门(&amp;G)...</translation>
    </message>
    <message>
        <source>The first steps with a new record, in order, each with a button that goes there.</source>
        <translation>新记录的最初几步，按顺序排列，每一步都有一个按钮直接前往。</translation>
    </message>
    <message>
        <source>Check the whole care record file for damage. Nothing in it is changed.</source>
        <translation>检查整个照护记录文件是否损坏。不会改动其中任何内容。</translation>
    </message>
    <message>
        <source>Care record &amp;profile...</source>
        <translation>照护记录资料(&amp;P)...</translation>
    </message>
    <message>
        <source>The person cared for and the caregiver.</source>
        <translation>被照顾的人和照护者的信息。</translation>
    </message>
    <message>
        <source>New diary &amp;entry...</source>
        <translation>新建日记记录(&amp;E)...</translation>
    </message>
    <message>
        <source>Record how the person feels now.</source>
        <translation>记录您照顾的人此刻的感受。</translation>
    </message>
    <message>
        <source>Record a &amp;breakthrough dose...</source>
        <translation>记录一次解救剂量(&amp;B)...</translation>
    </message>
    <message>
        <source>Record an as-needed dose and the score before it.</source>
        <translation>记录一次按需用药，以及用药前的评分。</translation>
    </message>
    <message>
        <source>Diary &amp;trackers...</source>
        <translation>日记跟踪项(&amp;T)...</translation>
    </message>
    <message>
        <source>Rename a symptom the family follows besides the nine ESAS-r ones, stop following it or follow it again.</source>
        <translation>重命名家人在 ESAS-r 九项症状之外跟踪的某项症状，停止跟踪或重新跟踪它。</translation>
    </message>
    <message>
        <source>New &amp;appointment...</source>
        <translation>新建预约(&amp;A)...</translation>
    </message>
    <message>
        <source>Add a visit, test or treatment to the calendar.</source>
        <translation>在日历中添加一次就诊、检查或治疗。</translation>
    </message>
    <message>
        <source>&amp;New contact...</source>
        <translation>新建联系人(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a person to the care team list.</source>
        <translation>在照护团队名单中添加一个人。</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>搜索(&amp;S)...</translation>
    </message>
    <message>
        <source>Search the care team, or the articles when the Learn tab is open.</source>
        <translation>搜索照护团队；打开“了解”标签页时则搜索文章。</translation>
    </message>
    <message>
        <source>Go to this tab.</source>
        <translation>转到这个标签页。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>放大文字(&amp;G)</translation>
    </message>
    <message>
        <source>Make all text larger, up to twice the usual size.</source>
        <translation>把所有文字放大，最多到平常的两倍。</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Make all text smaller, down to the usual size.</source>
        <translation>把所有文字缩小，最小到平常的大小。</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>恢复默认文字大小(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the usual text size.</source>
        <translation>恢复到平常的文字大小。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>我的数据在哪里(&amp;W)？</translation>
    </message>
    <message>
        <source>Where the care record is kept on this computer, and what it holds.</source>
        <translation>照护记录保存在这台电脑的什么位置，以及里面有什么。</translation>
    </message>
    <message>
        <source>&amp;Check my data</source>
        <translation>检查我的数据(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Care Companion</source>
        <translation>关于 Care Companion(&amp;A)</translation>
    </message>
    <message>
        <source>Version and a word about privacy.</source>
        <translation>版本信息和隐私说明。</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>文字大小 {percent}%</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>Every change is also copied, encrypted with the family passphrase, into the family folder {folder} (File &gt; Share with family...).</source>
        <translation>每一处更改还会用家庭口令加密后复制到家庭文件夹 {folder}（文件 &gt; 与家人共享...）。</translation>
    </message>
    <message>
        <source>Your care record is kept on this computer, in this file:</source>
        <translation>您的照护记录保存在这台电脑上，在这个文件里：</translation>
    </message>
    <message>
        <source>Your care record is kept only on this computer, in this file:</source>
        <translation>您的照护记录只保存在这台电脑上，在这个文件里：</translation>
    </message>
    <message>
        <source>It holds {contacts}, {entries} (latest: {latest}) and {appointments}.</source>
        <translation>其中有 {contacts}、{entries}（最近一条：{latest}）和 {appointments}。</translation>
    </message>
    <message>
        <source>What you chose to put on the family&apos;s phones is sent over the internet to the calendar server {server} (File &gt; Phones and calendars...). Nothing else is sent. The folder can be read only by your user account on this computer.</source>
        <translation>您选择放到家人手机上的内容会通过互联网发送到日历服务器 {server}（文件 &gt; 手机和日历...）。不会发送其他任何内容。只有您在这台电脑上的用户账户能读取这个文件夹。</translation>
    </message>
    <message>
        <source>Nothing is sent over the internet. The folder can be read only by your user account on this computer.</source>
        <translation>不会通过互联网发送任何内容。只有您在这台电脑上的用户账户能读取这个文件夹。</translation>
    </message>
    <message>
        <source>The record and its backups are encrypted with your password (File &gt; Password protection...).</source>
        <translation>记录及其备份已用您的密码加密（文件 &gt; 密码保护...）。</translation>
    </message>
    <message>
        <source>The record has no password: anyone who can use your account can read it. File &gt; Password protection... sets one.</source>
        <translation>记录没有设置密码：任何能使用您账户的人都能读取它。可在“文件 &gt; 密码保护...”中设置密码。</translation>
    </message>
    <message>
        <source>This is the demo record; it is deleted when you close the app.</source>
        <translation>这是演示记录；关闭应用时会被删除。</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;A private record for families caring for someone in palliative care: the care team, a symptom diary, appointments and reading.&lt;/p&gt;&lt;p&gt;Care Companion records and reports; it does not give medical advice. In an emergency, call 911 or your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;为照顾姑息治疗中亲人的家庭准备的私密记录：照护团队、症状日记、预约和阅读材料。&lt;/p&gt;&lt;p&gt;Care Companion 只做记录和汇总，不提供医疗建议。紧急情况请拨打 911 或当地的急救电话（例如中国大陆为 120）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your care record is kept in this folder:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion does not look for updates by itself. To update, install the new version over this one; your record stays where it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的照护记录保存在此文件夹中：&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion 不会自行检查更新。要更新，请在此版本之上安装新版本；您的记录会保留在原处。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your care record is kept in this folder:&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion never connects to the internet, so it does not look for updates by itself. To update, install the new version over this one; your record stays where it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的照护记录保存在此文件夹中：&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;Care Companion 从不连接互联网，因此不会自行检查更新。要更新，请在此版本之上安装新版本；您的记录会保留在原处。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Care Companion</source>
        <translation>关于 Care Companion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;A private record for families caring for someone in palliative care: the care team, a symptom diary, appointments and reading.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. Care Companion records and reports; it does not give medical advice. In an emergency, call 911 or your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Care Companion {version}&lt;/h3&gt;&lt;p&gt;为照顾姑息治疗中亲人的家庭准备的私密记录：照护团队、症状日记、预约和阅读材料。&lt;/p&gt;&lt;p&gt;所有内容都保存在这台电脑上。Care Companion 只做记录和汇总，不提供医疗建议。紧急情况请拨打 911 或当地的急救电话（例如中国大陆为 120）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password protection</source>
        <translation>密码保护</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>The window can lock only when the care record has a password. Set one with File &gt; Password protection...</source>
        <translation>只有照护记录设置了密码，窗口才能锁定。请用“文件 &gt; 密码保护...”设置密码。</translation>
    </message>
    <message>
        <source>No automatic backup was made: your care record is damaged. Your earlier backups are untouched; use File &gt; Restore from backup... to bring back the newest one.</source>
        <translation>没有进行自动备份：您的照护记录已损坏。您之前的备份没有受到影响；请使用“文件 &gt; 从备份恢复...”恢复最新的备份。</translation>
    </message>
    <message>
        <source>The automatic backup could not be made ({reason}). Your record itself is safe; try File &gt; Back up now.</source>
        <translation>无法进行自动备份（{reason}）。您的记录本身是安全的；请试试“文件 &gt; 立即备份”。</translation>
    </message>
    <message>
        <source>Print &amp;medicine chart...</source>
        <translation>打印用药表(&amp;M)...</translation>
    </message>
    <message>
        <source>A week&apos;s chart of the medicines by the clock, with boxes to initial: blank, or filled in from the log.</source>
        <translation>一周按时用药表，附供签名缩写的方框：空白，或按记录填好。</translation>
    </message>
    <message>
        <source>Export medicine lo&amp;g...</source>
        <translation>导出用药记录(&amp;G)...</translation>
    </message>
    <message>
        <source>Save the doses given, skipped or not logged, as a spreadsheet or for a clinical system (FHIR).</source>
        <translation>将已服用、跳过或未记录的剂量保存为电子表格，或供临床系统使用（FHIR）。</translation>
    </message>
    <message>
        <source>S&amp;hare with family...</source>
        <translation>与家人共享(&amp;H)...</translation>
    </message>
    <message>
        <source>Sync this record with the family&apos;s other computers through a shared folder, or see how the sharing stands.</source>
        <translation>通过共享文件夹让本记录与家人的其他电脑同步，或查看共享的状态。</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Write this computer&apos;s changes to the family folder and read the others&apos;.</source>
        <translation>把这台电脑的更改写入家庭文件夹，并读取其他电脑的更改。</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Choose whether the dose was given or not.</source>
        <translation>请选择这一剂是否已服用。</translation>
    </message>
    <message>
        <source>Enter the time the dose was given.</source>
        <translation>请填写服药的时间。</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>服药时间不能在将来。</translation>
    </message>
    <message>
        <source>A dose that was not given has no time given.</source>
        <translation>未服用的一剂没有服药时间。</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <source>A reason is kept only for a dose skipped or refused.</source>
        <translation>只有跳过或拒绝的一剂才记录原因。</translation>
    </message>
    <message>
        <source>This medicine is no longer on the list.</source>
        <translation>这种药已不在列表中。</translation>
    </message>
    <message>
        <source>Choose how the medicine is timed.</source>
        <translation>请选择这种药的服用时间方式。</translation>
    </message>
    <message>
        <source>Choose the days from Monday to Sunday.</source>
        <translation>请从星期一到星期日中选择日子。</translation>
    </message>
    <message>
        <source>Add at least one time of day for this medicine.</source>
        <translation>请为这种药至少添加一个服用时间。</translation>
    </message>
    <message>
        <source>Set the family&apos;s usual time for this meal or bedtime first.</source>
        <translation>请先设置家里这顿饭或睡觉的通常时间。</translation>
    </message>
    <message>
        <source>Write each time as hours and minutes, like 08:00.</source>
        <translation>请按小时和分钟填写每个时间，例如 08:00。</translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation>同一个时间列了两次。</translation>
    </message>
    <message>
        <source>Give how many hours apart the doses are, from 1 to 24.</source>
        <translation>请填写两剂之间相隔几小时，1 到 24。</translation>
    </message>
    <message>
        <source>Doses every {hours} hours would come at different times each day. Choose 1, 2, 3, 4, 6, 8, 12 or 24 hours, or give the times one by one.</source>
        <translation>每 {hours} 小时一剂，每天的用药时间会各不相同。请选择 1、2、3、4、6、8、12 或 24 小时，或逐一填写用药时间。</translation>
    </message>
    <message>
        <source>Give the time of the first dose of the day.</source>
        <translation>请填写每天第一剂的时间。</translation>
    </message>
    <message>
        <source>The time between doses must be more than zero.</source>
        <translation>两剂之间的时间必须大于零。</translation>
    </message>
    <message>
        <source>The most doses in 24 hours must be at least 1.</source>
        <translation>24 小时内最多剂数至少为 1。</translation>
    </message>
    <message>
        <source>A medicine is given at this time; change its schedule before clearing it.</source>
        <translation>有药在这个时间服用；请先更改它的服药时间再清除。</translation>
    </message>
    <message>
        <source>Choose a count or a refill.</source>
        <translation>请选择清点或补药。</translation>
    </message>
    <message>
        <source>Enter how many doses, a whole number above 0.</source>
        <translation>请填写剂数，大于 0 的整数。</translation>
    </message>
    <message>
        <source>Choose from 0 to 90 days.</source>
        <translation>请选择 0 到 90 天。</translation>
    </message>
</context>
<context>
    <name>MedicineChart</name>
    <message>
        <source>Medicine chart</source>
        <translation>用药表</translation>
    </message>
    <message>
        <source>Medicine chart: what was logged</source>
        <translation>用药表：已记录的情况</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>{name} 的用药</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>{first} 至 {last} 这一周</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>过敏：{text}</translation>
    </message>
    <message>
        <source>Allergies: not entered in the app. To find out, ask the family.</source>
        <translation>过敏：应用中尚未填写。如需了解，请询问家属。</translation>
    </message>
    <message>
        <source>With a question about a dose, call first: {name}, {number}</source>
        <translation>对剂量有疑问时，请首先致电：{name}，{number}</translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation>{number}（{kind}）</translation>
    </message>
    <message>
        <source>With a question about a dose, call first: {name}</source>
        <translation>对剂量有疑问时，请首先致电：{name}</translation>
    </message>
    <message>
        <source>No one is marked “call first” in the app yet. Write the number here:</source>
        <translation>应用中尚未将任何人标记为“首先致电”。请在此写下号码：</translation>
    </message>
    <message>
        <source>When you give a dose, write your initials and the time in its box. If it was not given, write S (skipped) or R (refused) and why. Gray boxes: no dose due, or the medicine&apos;s times were not set up yet.</source>
        <translation>给药后，请在对应方框中写下您的姓名缩写和时间。如果没有给药，请写 S（跳过）或 R（拒绝）并注明原因。灰色方框：此时无需给药，或当时尚未设置该药的服药时间。</translation>
    </message>
    <message>
        <source>As logged in the app on {date}. “Not logged” means nobody recorded whether the dose was given. Gray boxes: no dose due, or the medicine&apos;s times were not set up yet.</source>
        <translation>根据 {date} 应用中的记录。“未记录”表示没有人记录是否已给药。灰色方框：此时无需给药，或当时尚未设置该药的服药时间。</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No medicine has its times set up in the app yet.</source>
        <translation>应用中还没有任何药物设置了用药时间。</translation>
    </message>
    <message>
        <source>Given {time}</source>
        <translation>已给 {time}</translation>
    </message>
    <message>
        <source>Late {time}</source>
        <translation>延迟 {time}</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>dose {dose}</source>
        <translation>剂量 {dose}</translation>
    </message>
    <message>
        <source>Also taken (the schedule is not set up in the app)</source>
        <translation>另外服用的药物（应用中尚未设置用药时间）</translation>
    </message>
    <message>
        <source>as written: {schedule}</source>
        <translation>原文：{schedule}</translation>
    </message>
    <message>
        <source>no schedule written</source>
        <translation>未填写用药时间</translation>
    </message>
    <message>
        <source>As-needed medicines</source>
        <translation>按需用药</translation>
    </message>
    <message>
        <source>No as-needed medicine is on the list.</source>
        <translation>清单上没有按需用药。</translation>
    </message>
    <message>
        <source>For: {reasons}</source>
        <translation>用于：{reasons}</translation>
    </message>
    <message>
        <source>If another dose would come sooner or go over the limit, call before giving it.</source>
        <translation>如果再给一次会早于间隔或超过上限，请先打电话再给药。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>给药时间</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>给药人</translation>
    </message>
    <message>
        <source>No dose logged this week.</source>
        <translation>本周没有记录任何剂量。</translation>
    </message>
    <message>
        <source>Made by Care Companion on {date}</source>
        <translation>由 Care Companion 于 {date} 制作</translation>
    </message>
</context>
<context>
    <name>MedicineCounts</name>
    <message numerus="yes">
        <source>%n doses of {medicine} in the 24 hours before this one.</source>
        <translation>
            <numerusform>在这一剂之前的24小时内，{medicine}共用了 %n 剂。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription as entered allows at most %n doses in 24 hours.</source>
        <translation>
            <numerusform>按已填写的处方，24小时内最多 %n 剂。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours from {time}</source>
        <translation>
            <numerusform>从 {time} 起每 %n 小时一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n doses in 24 hours</source>
        <translation>
            <numerusform>24小时内最多 %n 剂</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicineFiles</name>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Print medicine chart</source>
        <translation>打印用药表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the medicine chart to {file}.</source>
        <translation>已将用药表保存到 {file}。</translation>
    </message>
    <message>
        <source>Medicine chart</source>
        <translation>用药表</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>FHIR 文件 (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>电子表格文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export medicine log</source>
        <translation>导出用药记录</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n doses of the medicine log to {file}.</source>
        <translation>
            <numerusform>已将用药记录中的 %n 次剂量保存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicine log</source>
        <translation>用药记录</translation>
    </message>
</context>
<context>
    <name>MedicineForm</name>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>药物名称</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>For example 10 mg per 5 mL</source>
        <translation>例如每 5 mL 含 10 mg</translation>
    </message>
    <message>
        <source>&amp;How taken:</source>
        <translation>用法(&amp;H)：</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>用药方式</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>用药频次(&amp;C)：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>用药频次</translation>
    </message>
    <message>
        <source>As on the label, for example morphine</source>
        <translation>按标签上写的填写，例如吗啡</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>规格(&amp;R)：</translation>
    </message>
    <message>
        <source>As prescribed, for example every 12 hours</source>
        <translation>按处方填写，例如每 12 小时一次</translation>
    </message>
    <message>
        <source>As needed (breakthrough)</source>
        <translation>按需（解救用药）</translation>
    </message>
    <message>
        <source>A breakthrough or PRN medicine.</source>
        <translation>解救用药或 PRN 药物。</translation>
    </message>
    <message>
        <source>Taken &amp;as needed</source>
        <translation>按需使用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>用途(&amp;W)：</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>For example pain, breathlessness, nausea</source>
        <translation>例如疼痛、气短、恶心</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>开药医生(&amp;P)：</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>开药医生</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>St&amp;opped:</source>
        <translation>停用日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的内容还在这里。</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>编辑药物</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>添加药物</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Breakthrough dose</source>
        <translation>解救剂量</translation>
    </message>
    <message>
        <source>Record a breakthrough dose</source>
        <translation>记录一次解救剂量</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>呼吸困难</translation>
    </message>
    <message>
        <source>cough</source>
        <translation>咳嗽</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>恶心</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>患者本人</translation>
    </message>
    <message>
        <source>A nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Breakthrough dose form</source>
        <translation>解救剂量表单</translation>
    </message>
    <message>
        <source>by mouth</source>
        <translation>口服</translation>
    </message>
    <message>
        <source>under the tongue or in the cheek</source>
        <translation>舌下或颊内含服</translation>
    </message>
    <message>
        <source>skin patch</source>
        <translation>皮肤贴剂</translation>
    </message>
    <message>
        <source>injection under the skin</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>inhaler or nebuliser</source>
        <translation>吸入器或雾化器</translation>
    </message>
    <message>
        <source>suppository</source>
        <translation>栓剂</translation>
    </message>
    <message>
        <source>Medicine form</source>
        <translation>药物表单</translation>
    </message>
    <message>
        <source>Still taking</source>
        <translation>仍在服用</translation>
    </message>
    <message>
        <source>The time given cannot be in the future.</source>
        <translation>给药时间不能在将来。</translation>
    </message>
    <message>
        <source>Add the as-needed medicine to the Medicines list first, then record its doses.</source>
        <translation>请先在“用药”清单中添加这种按需使用的药物，然后再记录每次用药。</translation>
    </message>
    <message>
        <source>Delete breakthrough dose</source>
        <translation>删除解救剂量记录</translation>
    </message>
    <message>
        <source>The last one was given at {when} ({origin}), {since} before.</source>
        <translation>上一剂在 {when} 给药（{origin}），早了 {since}。</translation>
    </message>
    <message>
        <source>The last one was given at {when}, {since} before.</source>
        <translation>上一剂在 {when} 给药，早了 {since}。</translation>
    </message>
    <message>
        <source>The last one was given at {when}, by this computer&apos;s clock before it was set back (its clock or time zone was changed since), so the time between them is not known here.</source>
        <translation>上一剂在 {when} 给药，这是这台电脑的时钟被调回之前的时间（之后更改过时钟或时区），因此这里无法得知两剂之间相隔多久。</translation>
    </message>
    <message>
        <source>That is sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>这比按处方填写的最短用药间隔（{interval}）还要早。</translation>
    </message>
    <message>
        <source>That may be sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>这可能比按处方填写的最短用药间隔（{interval}）还要早。</translation>
    </message>
    <message>
        <source>The next one was given at {when}, {since} after this one: sooner than the smallest time between doses entered from the prescription: {interval}.</source>
        <translation>下一剂在 {when} 给药，比这一剂晚 {since}，比按处方填写的最短用药间隔（{interval}）还要早。</translation>
    </message>
    <message>
        <source>Check with the team before giving it, or tell them if it was given.</source>
        <translation>给药前请先与医疗团队确认；如果已经给了，请告诉他们。</translation>
    </message>
    <message>
        <source>No limits were entered from the prescription; add them in the medicine&apos;s form on the Medicines list.</source>
        <translation>尚未按处方填写限制；请在药物列表中该药物的表单里添加。</translation>
    </message>
    <message>
        <source>with breakfast</source>
        <translation>早餐时</translation>
    </message>
    <message>
        <source>with lunch</source>
        <translation>午餐时</translation>
    </message>
    <message>
        <source>with dinner</source>
        <translation>晚餐时</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>在{days}</translation>
    </message>
    <message>
        <source>at least {interval} apart</source>
        <translation>至少间隔 {interval}</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>{words} (schedule not set up yet)</source>
        <translation>{words}（用药时间尚未设置）</translation>
    </message>
    <message>
        <source>Schedule not set up yet</source>
        <translation>用药时间尚未设置</translation>
    </message>
</context>
<context>
    <name>MedicinesPanel</name>
    <message>
        <source>The medicines the person takes, to bring to every visit. Stopping a medicine keeps it on the list with its dates.</source>
        <translation>您照顾的人所用的药物，每次就诊时都带上。停用的药物会连同日期一起保留在清单上。</translation>
    </message>
    <message>
        <source>No medicines on the list yet. To start, click Add a medicine and copy each one from its label or the hospital&apos;s list. Give a regular medicine its times of day and its doses show on the Today page; tick Taken as needed for a breakthrough one.</source>
        <translation>清单上还没有药物。开始时，请点击“添加药物”，按药品标签或医院的清单逐一填写。为常规药物设定每天的服药时间，它的剂量就会显示在“今天”页面；解救用药请勾选“按需使用”。</translation>
    </message>
    <message>
        <source>&amp;Add a medicine...</source>
        <translation>添加药物(&amp;A)...</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>添加药物</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Edit the selected medicine</source>
        <translation>编辑所选药物</translation>
    </message>
    <message>
        <source>Mark as stopped today</source>
        <translation>标记为今天停用</translation>
    </message>
    <message>
        <source>Mark the selected medicine stopped today</source>
        <translation>把所选药物标记为今天停用</translation>
    </message>
    <message>
        <source>&amp;Read about this medicine</source>
        <translation>阅读关于此药物的内容(&amp;R)</translation>
    </message>
    <message>
        <source>Read about the selected medicine in Learn</source>
        <translation>在“了解”中阅读所选药物的内容</translation>
    </message>
    <message>
        <source>Opens the Learn article about this kind of medicine. It is offered when the medicine&apos;s name is one the articles explain.</source>
        <translation>打开“了解”中关于这类药物的文章。当药物名称是文章讲解过的药物时才提供。</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>用药</translation>
    </message>
    <message>
        <source>Taking since {date}</source>
        <translation>自 {date} 起使用</translation>
    </message>
    <message>
        <source>Taking</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>已于 {date} 停用</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>用药频次</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>开药医生</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Medicine commands</source>
        <translation>药物操作</translation>
    </message>
    <message>
        <source>Read about this medicine</source>
        <translation>阅读关于此药物的内容</translation>
    </message>
    <message>
        <source>{name} could not be marked as stopped ({reason}). Nothing was changed. Free some disk space and try again.</source>
        <translation>无法将 {name} 标记为停用（{reason}）。没有做任何更改。请腾出一些磁盘空间，然后再试一次。</translation>
    </message>
    <message>
        <source>{name} marked as stopped today.</source>
        <translation>已将 {name} 标记为今天停用。</translation>
    </message>
</context>
<context>
    <name>MedsCommand</name>
    <message>
        <source>{option} {day} is outside the days a care record holds; give a day from {first} to {last}</source>
        <translation>{option} {day} 超出了照护记录可包含的日期范围；请给出 {first} 至 {last} 之间的日期</translation>
    </message>
    <message numerus="yes">
        <source>exported %n doses to {file}</source>
        <translation>
            <numerusform>已将 %n 次剂量导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>saved the medicine chart to {file}</source>
        <translation>已将用药表保存到 {file}</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <source>The glossary explains the words the team uses. Or keep the question for your care team: it goes on the list below, to ask at the next visit.</source>
        <translation>词语解释说明了医疗团队常用的词。您也可以把这个问题留给您的医疗团队：它会加到下面的列表中，在下次就诊时询问。</translation>
    </message>
    <message>
        <source>Open the &amp;glossary</source>
        <translation>打开词语解释(&amp;G)</translation>
    </message>
    <message>
        <source>Open the glossary</source>
        <translation>打开词语解释</translation>
    </message>
    <message>
        <source>Ask m&amp;y team about this...</source>
        <translation>就此询问我的团队(&amp;Y)...</translation>
    </message>
    <message>
        <source>Ask my team about what I searched for</source>
        <translation>就我搜索的内容询问我的团队</translation>
    </message>
</context>
<context>
    <name>NumberGuard</name>
    <message numerus="yes">
        <source>{field}: type a number from {low} to {high}, with at most %n digit(s) after the decimal point.</source>
        <translation>
            <numerusform>{field}：请输入 {low} 到 {high} 之间的数，小数点后最多 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: type a number from {low} to {high}.</source>
        <translation>{field}：请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>{field}: type a whole number from {low} to {high}.</source>
        <translation>{field}：请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>midnight</source>
        <translation>午夜</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>{days}, {opens} to {closes}</source>
        <translation>{days}，{opens} 至 {closes}</translation>
    </message>
    <message>
        <source>Office hours of {name} are not entered in the Care team tab; the usual ones are assumed: {hours}.</source>
        <translation>“照护团队”标签页中没有填写 {name} 的办公时间；按通常时间计算：{hours}。</translation>
    </message>
    <message>
        <source>Office hours of {name}: {hours}.</source>
        <translation>{name} 的办公时间：{hours}。</translation>
    </message>
</context>
<context>
    <name>OfficeHoursFields</name>
    <message>
        <source>Office open on {day}</source>
        <translation>{day}办公</translation>
    </message>
    <message>
        <source>Office opens at</source>
        <translation>开门时间</translation>
    </message>
    <message>
        <source>Office closes at</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <source>Opens &amp;at:</source>
        <translation>开门时间(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;loses at:</source>
        <translation>关门时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Symptom alerts show the number that answers at that time first. Left blank, the usual hours are assumed: {hours}.</source>
        <translation>症状提醒会先显示当时有人接听的号码。不填写时，按通常时间计算：{hours}。</translation>
    </message>
</context>
<context>
    <name>PassChoice</name>
    <message>
        <source>{time} came twice that night. Which one was it?</source>
        <translation>那天夜里 {time} 出现了两次。是哪一次？</translation>
    </message>
    <message>
        <source>{time} the first time (before the clocks went back)</source>
        <translation>第一次的 {time}（时钟调回之前）</translation>
    </message>
    <message>
        <source>{time} the second time (after)</source>
        <translation>第二次的 {time}（调回之后）</translation>
    </message>
    <message>
        <source>{time} came twice that night: choose the first time (before the clocks went back) or the second (after).</source>
        <translation>那天夜里 {time} 出现了两次：请选择第一次（时钟调回之前）或第二次（调回之后）。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password protection</source>
        <translation>密码保护</translation>
    </message>
    <message>
        <source>Before you set a password: if it is lost, the record cannot be opened again, by you or by anyone else. There is no reset and no back door. Write the password down and keep it somewhere safe away from this computer, or tell it to someone you trust.</source>
        <translation>设置密码之前请注意：如果密码丢失，这份记录就再也打不开了，您打不开，其他任何人也打不开。没有重置密码的办法，也没有后门。请把密码写下来，放在远离这台电脑的安全地方，或者告诉一位您信任的人。</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost password cannot be recovered</source>
        <translation>我明白密码丢失后无法找回(&amp;U)</translation>
    </message>
    <message>
        <source>I understand that a lost password cannot be recovered</source>
        <translation>我明白密码丢失后无法找回</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>自动锁定窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>无人使用 %n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (lock it with File &gt; Lock now)</source>
        <translation>从不（用“文件 &gt; 立即锁定”手动锁定）</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>自动锁定窗口(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Chan&amp;ge password</source>
        <translation>更改密码(&amp;G)</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>移除密码(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>移除密码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your care record is protected by a password.</source>
        <translation>您的照护记录已设置密码保护。</translation>
    </message>
    <message>
        <source>The record and its backups are encrypted: without the password they cannot be read. To change the password, type the current one and the new one twice. To remove it, type the current one.</source>
        <translation>这份记录及其备份都已加密：没有密码就无法读取。要更改密码，请输入当前密码，再输入两次新密码。要移除密码，请输入当前密码。</translation>
    </message>
    <message>
        <source>Your care record has no password.</source>
        <translation>您的照护记录没有设置密码。</translation>
    </message>
    <message>
        <source>With a password, the record and its backups are encrypted on this computer, so someone who opens the laptop or copies the files cannot read them. The window also locks itself when no one has used it for a while.</source>
        <translation>设置密码后，这份记录及其备份会在这台电脑上加密保存，即使有人打开这台笔记本电脑或复制了这些文件，也无法读取其中的内容。一段时间没有人使用时，窗口还会自动锁定。</translation>
    </message>
    <message>
        <source>The current password is not right; type it again.</source>
        <translation>当前密码不对；请重新输入。</translation>
    </message>
    <message>
        <source>Tick the box to say you understand that a lost password is lost for good.</source>
        <translation>请勾选方框，表示您明白密码一旦丢失就永远找不回来。</translation>
    </message>
    <message>
        <source>The password is set.</source>
        <translation>密码已设置。</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>密码已更改。</translation>
    </message>
    <message>
        <source>Remove the password?</source>
        <translation>要移除密码吗？</translation>
    </message>
    <message>
        <source>Without a password, anyone who uses this computer or copies its files can read the care record and its backups. Remove the password?</source>
        <translation>没有密码的话，任何使用这台电脑或复制其中文件的人，都能读取照护记录及其备份。要移除密码吗？</translation>
    </message>
    <message>
        <source>The password is removed.</source>
        <translation>密码已移除。</translation>
    </message>
    <message>
        <source>Rewriting the care record and its backups...</source>
        <translation>正在重新写入照护记录及其备份...</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups were made under an earlier password and keep that password.</source>
        <translation>
            <numerusform>有 %n 份较早的备份是用以前的密码加密的，仍然使用那个密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>S&amp;how what I type</source>
        <translation>显示我输入的内容(&amp;H)</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示我输入的内容</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>{folder} ({source}) is a file, not a folder; give the folder that holds the care record</source>
        <translation>{folder}（{source}）是文件，不是文件夹；请给出存放照护记录的文件夹</translation>
    </message>
    <message>
        <source>--data-dir is empty; give the folder that holds the care record, or leave the option out to use the usual folder</source>
        <translation>--data-dir 为空；请给出存放照护记录的文件夹，或者省略这个选项以使用通常的文件夹</translation>
    </message>
    <message>
        <source>{variable} is set but empty; set it to the folder that holds the care record, or unset it to use the usual folder</source>
        <translation>{variable} 已设置但为空；请把它设为存放照护记录的文件夹，或者取消设置以使用通常的文件夹</translation>
    </message>
</context>
<context>
    <name>PeopleAndQuestions</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>No one is on the Care team list yet. Add the team in the Care team tab, then tick who takes part here.</source>
        <translation>照护团队名单中还没有人。请先在“照护团队”标签页中添加团队成员，再在这里勾选参加的人。</translation>
    </message>
    <message>
        <source>{question} (ask: {who})</source>
        <translation>{question}（问：{who}）</translation>
    </message>
    <message>
        <source>No open questions yet. Write them down in the Learn tab&apos;s question list as they come up; they will be offered here.</source>
        <translation>还没有未解答的问题。想到问题时，请写进“了解”标签页的问题列表里；它们会出现在这里供您选择。</translation>
    </message>
</context>
<context>
    <name>PhoneNotes</name>
    <message>
        <source>“{title}” on {day} was deleted on a phone. Delete it here too?</source>
        <translation>{day}的“{title}”已在一部手机上删除。这里也删除吗？</translation>
    </message>
    <message>
        <source>Changed on a phone and here</source>
        <translation>在手机上和这里都有更改</translation>
    </message>
    <message>
        <source>Deleted on a phone</source>
        <translation>已在手机上删除</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide the note about changes on a phone</source>
        <translation>隐藏关于手机上更改的提示</translation>
    </message>
    <message>
        <source>Show the other version...</source>
        <translation>查看另一个版本...</translation>
    </message>
    <message>
        <source>Show the versions that were not kept, to read</source>
        <translation>查看未保留的版本（只读）</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>在这里删除</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>这里也删除</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>在这里保留</translation>
    </message>
    <message>
        <source>Keep it here; it goes back to the phones</source>
        <translation>在这里保留；它会重新发送到手机</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Number, as you would dial it</source>
        <translation>号码，按您拨打时的样子填写</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Phone number {n}</source>
        <translation>电话号码 {n}</translation>
    </message>
    <message>
        <source>Kind of phone number {n}</source>
        <translation>电话号码 {n} 的类型</translation>
    </message>
    <message>
        <source>Remove phone number {n}</source>
        <translation>移除电话号码 {n}</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>“{what}” was changed here and on a phone since the last sync: the phone&apos;s newer version was kept; the version from here is in its history.</source>
        <translation>自上次同步以来，“{what}”在本机和手机上都被更改：保留了手机上较新的版本；本机的版本保存在其历史记录中。</translation>
    </message>
    <message>
        <source>“{what}” was changed here and on a phone since the last sync: the newer version from here was kept; the phone&apos;s version is in its history.</source>
        <translation>自上次同步以来，“{what}”在本机和手机上都被更改：保留了本机较新的版本；手机上的版本保存在其历史记录中。</translation>
    </message>
    <message>
        <source>{path} on the server cannot be read and was left as it is ({why}).</source>
        <translation>服务器上的 {path} 无法读取，已保持原样（{why}）。</translation>
    </message>
    <message>
        <source>{path} on the server was not taken ({why}).</source>
        <translation>服务器上的 {path} 未被采用（{why}）。</translation>
    </message>
    <message>
        <source>{path} on the server: {note}.</source>
        <translation>服务器上的 {path}：{note}。</translation>
    </message>
    <message>
        <source>The calendar server cannot be reached: check the address and the internet connection; changes wait here and go up at the next sync.</source>
        <translation>无法连接日历服务器：请检查地址和网络连接；更改会在本机等待，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>The calendar server refused the user name or the app password: sync is paused until they are entered again in Phones and calendars.</source>
        <translation>日历服务器拒绝了用户名或应用专用密码：同步已暂停，直到在“手机和日历”中重新输入。</translation>
    </message>
    <message>
        <source>The calendar server does not let this user change that calendar or address book: choose another one, or ask whoever runs the server.</source>
        <translation>日历服务器不允许此用户更改该日历或通讯录：请选择其他日历或通讯录，或询问服务器的管理人。</translation>
    </message>
    <message>
        <source>The calendar or address book is no longer on the server (or the address is wrong): choose or create one again in Phones and calendars.</source>
        <translation>日历或通讯录已不在服务器上（或地址有误）：请在“手机和日历”中重新选择或创建。</translation>
    </message>
    <message>
        <source>The calendar server is full: make room there; changes wait here and go up at the next sync.</source>
        <translation>日历服务器已满：请在服务器上腾出空间；更改会在本机等待，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>The calendar server ran into a problem of its own: nothing here was changed, and changes wait here and go up at the next sync. If it keeps happening, tell whoever runs the server.</source>
        <translation>日历服务器自身出现了问题：本机没有任何更改，更改会在本机等待，并在下次同步时发送。如果问题持续出现，请告知服务器的管理人。</translation>
    </message>
    <message>
        <source>The calendar server gave an answer that cannot be read: check that the address is the CalDAV address of the server; nothing here was changed.</source>
        <translation>日历服务器返回了无法读取的应答：请检查该地址是否为服务器的 CalDAV 地址；本机未做任何更改。</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for a server on this computer): the password and the appointments would travel unprotected.</source>
        <translation>地址必须以 https:// 开头（仅本机上的服务器允许使用未加密的 http）：否则密码和预约会在无保护的情况下传输。</translation>
    </message>
    <message>
        <source>This computer does not trust the calendar server&apos;s certificate (it may be self-signed or out of date), so nothing was sent: check the address, or ask whoever runs the server for a certificate from a recognized authority such as Let&apos;s Encrypt.</source>
        <translation>这台电脑不信任日历服务器的证书（它可能是自签名的或已过期），因此没有发送任何内容：请检查地址，或请服务器的管理员使用由受认可机构（例如 Let&apos;s Encrypt）签发的证书。</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate is made out for another address than the one typed, so nothing was sent: type the address exactly as the server&apos;s own web page shows it (its name, not a number), or ask whoever runs the server.</source>
        <translation>日历服务器的证书是为另一个地址签发的，与输入的地址不同，因此没有发送任何内容：请完全按照服务器自己网页上显示的地址输入（用它的名称，而不是数字），或询问服务器的管理员。</translation>
    </message>
    <message>
        <source>“{name}” was deleted from the address book on a phone; the care team keeps it, so it was put back (delete it in Care Companion to remove it everywhere).</source>
        <translation>“{name}”已在手机上从通讯录中删除；护理团队中仍保留此联系人，因此已将其放回（要在所有地方删除，请在 Care Companion 中删除）。</translation>
    </message>
    <message>
        <source>The calendar server&apos;s password is no longer in this computer&apos;s keyring: enter it again in Phones and calendars.</source>
        <translation>日历服务器的密码已不在本机的钥匙串中：请在“手机和日历”中重新输入。</translation>
    </message>
    <message>
        <source>Phones and calendars is not set up: enter the server&apos;s address, user and app password first.</source>
        <translation>“手机和日历”尚未设置：请先输入服务器地址、用户名和应用专用密码。</translation>
    </message>
</context>
<context>
    <name>PhonesSendChoice</name>
    <message>
        <source>Oncology review</source>
        <translation>肿瘤科复诊</translation>
    </message>
    <message>
        <source>Day unit, St Mary&apos;s Hospital</source>
        <translation>圣玛丽医院日间病房</translation>
    </message>
    <message>
        <source>Ask about the new pain patch. Bring the symptom diary.</source>
        <translation>询问新的止痛贴。带上症状日记。</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>离开这台电脑的内容</translation>
    </message>
    <message>
        <source>T&amp;itle and time only</source>
        <translation>仅标题和时间(&amp;I)</translation>
    </message>
    <message>
        <source>Title, &amp;place and time</source>
        <translation>标题、地点和时间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Everything, including notes</source>
        <translation>全部内容，包括备注(&amp;E)</translation>
    </message>
    <message>
        <source>A phone shows:</source>
        <translation>手机上显示：</translation>
    </message>
</context>
<context>
    <name>PhonesStatusText</name>
    <message>
        <source>Server not reachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server refuses this calendar</source>
        <translation>服务器拒绝使用这个日历</translation>
    </message>
    <message>
        <source>Calendar not found on the server</source>
        <translation>服务器上找不到日历</translation>
    </message>
    <message>
        <source>The server is full</source>
        <translation>服务器已满</translation>
    </message>
    <message>
        <source>The server has a problem of its own</source>
        <translation>服务器自身出现问题</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read</source>
        <translation>无法读取服务器的回应</translation>
    </message>
    <message>
        <source>The server&apos;s address needs https://</source>
        <translation>服务器地址需要以 https:// 开头</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器的证书不受信任</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another address</source>
        <translation>服务器的证书属于另一个地址</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password: sync paused (File &gt; Phones and calendars...)</source>
        <translation>密码错误：同步已暂停（文件 &gt; 手机和日历...）</translation>
    </message>
    <message>
        <source>Calendar not sent to the server yet</source>
        <translation>日历尚未发送到服务器</translation>
    </message>
    <message>
        <source>Calendar synced as of {time}</source>
        <translation>日历已于 {time} 同步</translation>
    </message>
    <message>
        <source>Syncing the calendar with the server...</source>
        <translation>正在与服务器同步日历...</translation>
    </message>
</context>
<context>
    <name>PhonesSync</name>
    <message>
        <source>The calendar sync stopped unexpectedly; it is tried again soon.</source>
        <translation>日历同步意外停止；稍后会再试。</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>PrintoutList</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PrintoutPhrases</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Care Companion</source>
        <translation>欢迎使用 Care Companion</translation>
    </message>
    <message>
        <source>Care record profile</source>
        <translation>照护记录资料</translation>
    </message>
    <message>
        <source>Welcome. A few details about the person you care for and about you will head every visit summary you print. Fill in what you know now; you can change it any time from Edit &gt; Care record profile, or skip this for now. The first steps after it open next; Help &gt; Getting started (F1) shows them again.</source>
        <translation>欢迎。关于您照顾的人和您自己的一些信息，会印在您打印的每份就诊总结的开头。现在先填写您知道的；以后随时可以在“编辑 &gt; 照护记录资料”中修改，也可以暂时跳过。之后会打开入门步骤；“帮助 &gt; 入门”(F1) 可以再次显示它们。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存资料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sk&amp;ip for now</source>
        <translation>暂时跳过(&amp;I)</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>出生日期不能在将来。</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be in the future.</source>
        <translation>诊断日期不能在将来。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Not set yet: each computer uses its own time zone. Choose the zone where the person you care for lives; this computer&apos;s is {here}.</source>
        <translation>尚未设置：每台电脑使用自己的时区。请选择您照顾的人所住地方的时区；这台电脑的时区是 {here}。</translation>
    </message>
    <message>
        <source>Every time in the record is read as {home} time, on each of the family&apos;s computers.</source>
        <translation>记录中的所有时间在家人的每台电脑上都按{home}时间显示。</translation>
    </message>
    <message>
        <source>Every time in the record is read as {home} time. This computer is set to {here} time.</source>
        <translation>记录中的所有时间都按{home}时间显示。这台电脑设置的是{here}时间。</translation>
    </message>
    <message>
        <source>The profile could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>资料无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的内容还在这里。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Care record profile</source>
        <translation>照护记录资料</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>您照顾的人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the person cared for</source>
        <translation>被照顾者的姓名</translation>
    </message>
    <message>
        <source>For example, Rosa Delgado</source>
        <translation>例如：李秀英</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Leave it blank if you prefer not to record it.</source>
        <translation>如果不想记录，可以留空。</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>As the doctors wrote it</source>
        <translation>按医生写的填写</translation>
    </message>
    <message>
        <source>For example, blue folder, kitchen drawer</source>
        <translation>例如：厨房抽屉里的蓝色文件夹</translation>
    </message>
    <message>
        <source>Printed as &quot;Prepared by&quot;</source>
        <translation>印作“整理人”</translation>
    </message>
    <message>
        <source>One name a line, for example a neighbor who helps</source>
        <translation>每行一个名字，例如帮忙的邻居</translation>
    </message>
    <message>
        <source>Date of dia&amp;gnosis:</source>
        <translation>确诊日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>过敏(&amp;A)：</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Medicines or foods, or &quot;none known&quot;</source>
        <translation>药物或食物，或写“无已知过敏”</translation>
    </message>
    <message>
        <source>Advance directive &amp;kept at:</source>
        <translation>预立医疗指示存放处(&amp;K)：</translation>
    </message>
    <message>
        <source>Where the advance directive is kept</source>
        <translation>预立医疗指示存放在哪里</translation>
    </message>
    <message>
        <source>Preferred &amp;pharmacy:</source>
        <translation>常用药房(&amp;P)：</translation>
    </message>
    <message>
        <source>Preferred pharmacy</source>
        <translation>常用药房</translation>
    </message>
    <message>
        <source>Name, address and phone</source>
        <translation>名称、地址和电话</translation>
    </message>
    <message>
        <source>Home &amp;time zone:</source>
        <translation>家庭时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>家庭时区</translation>
    </message>
    <message>
        <source>Where the person you care for lives. Every time in the record is read on this clock, on each of the family&apos;s computers.</source>
        <translation>您照顾的人所住的地方。记录中的所有时间在家人的每台电脑上都按这个时钟显示。</translation>
    </message>
    <message>
        <source>You, the caregiver</source>
        <translation>您（照护者）</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>您的姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>照护者姓名</translation>
    </message>
    <message>
        <source>Your p&amp;hone:</source>
        <translation>您的电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>照护者电话</translation>
    </message>
    <message>
        <source>Others &amp;who give care:</source>
        <translation>其他照护者(&amp;W)：</translation>
    </message>
    <message>
        <source>Other caregivers</source>
        <translation>其他照护者</translation>
    </message>
    <message>
        <source>One name a line. They are offered as &quot;who gave it&quot; when a dose is recorded.</source>
        <translation>每行一个名字。记录用药时，会列在“谁给的药”中供选择。</translation>
    </message>
    <message>
        <source>Everything you write here stays on this computer. It is printed only on summaries you choose to make.</source>
        <translation>您在这里写的所有内容都只保存在这台电脑上。只有在您选择生成总结时才会打印出来。</translation>
    </message>
</context>
<context>
    <name>ProfileStrip</name>
    <message>
        <source>No care record profile yet. The person&apos;s name, date of birth and allergies head every visit summary.</source>
        <translation>还没有照护记录资料。每份就诊总结的开头都会印上您照顾的人的姓名、出生日期和过敏情况。</translation>
    </message>
    <message>
        <source>Fill in the profile...</source>
        <translation>填写资料...</translation>
    </message>
    <message>
        <source>Caring for {name}</source>
        <translation>正在照顾：{name}</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>（未填写姓名）</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>出生于 {date}</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>过敏：{allergies}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Edit profile...</source>
        <translation>编辑资料...</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add a question for the care team</source>
        <translation>添加一个要问照护团队的问题</translation>
    </message>
    <message>
        <source>Question for the care team</source>
        <translation>要问照护团队的问题</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>团队中任何人</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>No visit chosen yet</source>
        <translation>还没有选择就诊</translation>
    </message>
    <message>
        <source>Any visit of {what}</source>
        <translation>{what}的任意一次</translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation>{when}：{what}</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>请写下问题。</translation>
    </message>
    <message>
        <source>The question could not be saved ({reason}). Check that the disk is not full and try again; what you typed is still here.</source>
        <translation>问题无法保存（{reason}）。请检查磁盘是否已满，然后再试一次；您输入的内容还在这里。</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>For example: Which symptoms should we call about at night?</source>
        <translation>例如：晚上出现哪些症状时应该打电话？</translation>
    </message>
    <message>
        <source>&amp;Who to ask:</source>
        <translation>问谁(&amp;W)：</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>问谁</translation>
    </message>
    <message>
        <source>A role on the care team, or one of your contacts.</source>
        <translation>照护团队中的某个角色，或者您的某位联系人。</translation>
    </message>
    <message>
        <source>&amp;Plan to ask at:</source>
        <translation>打算在哪次就诊时问(&amp;P)：</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>打算在哪次就诊时问</translation>
    </message>
    <message>
        <source>The visit where you mean to ask it. A repeating appointment is listed once for each of its coming dates.</source>
        <translation>您打算在哪次就诊时问这个问题。重复的预约会按每个即将到来的日期分别列出。</translation>
    </message>
    <message>
        <source>From the article:</source>
        <translation>来自文章：</translation>
    </message>
    <message>
        <source>The team has &amp;answered this</source>
        <translation>团队已经回答了这个问题(&amp;A)</translation>
    </message>
    <message>
        <source>The team has answered this</source>
        <translation>团队已经回答了这个问题</translation>
    </message>
    <message>
        <source>Their a&amp;nswer:</source>
        <translation>他们的回答(&amp;N)：</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>他们的回答</translation>
    </message>
    <message>
        <source>What the team said, in your own words</source>
        <translation>用您自己的话写下团队说了什么</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Delete question “{text}”</source>
        <translation>删除问题“{text}”</translation>
    </message>
    <message>
        <source>Answer “{text}”</source>
        <translation>回答“{text}”</translation>
    </message>
    <message>
        <source>Questions for the care team</source>
        <translation>要问照护团队的问题</translation>
    </message>
    <message>
        <source>&amp;Add a question...</source>
        <translation>添加问题(&amp;A)...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Mark answered...</source>
        <translation>标记为已回答(&amp;M)...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>编辑(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Show answered</source>
        <translation>显示已回答的(&amp;S)</translation>
    </message>
    <message>
        <source>Show answered questions</source>
        <translation>显示已回答的问题</translation>
    </message>
    <message>
        <source>A question stays here until you mark it answered or delete it.</source>
        <translation>问题会一直留在这里，直到您把它标记为已回答或删除它。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>问谁</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>打算在哪次就诊时问</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>No questions yet. While you read, press “Ask my team about this”, or click Add a question, to note what you want to ask at the next visit. A question stays here until you mark it answered or delete it.</source>
        <translation>还没有问题。阅读时，按“就此询问我的团队”，或点击“添加问题”，记下下次就诊时想问的事。问题会一直留在这里，直到您把它标记为已回答或删除它。</translation>
    </message>
    <message>
        <source>Anyone on the team</source>
        <translation>团队中任何人</translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation>{when}：{what}</translation>
    </message>
    <message>
        <source>From the article “{title}”</source>
        <translation>来自文章“{title}”</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>(no answer written down)</source>
        <translation>（没有写下回答）</translation>
    </message>
    <message>
        <source>Answer ({when}): {answer}</source>
        <translation>回答（{when}）：{answer}</translation>
    </message>
    <message>
        <source>Marked as answered. Tick Show answered to see it again.</source>
        <translation>已标记为已回答。勾选“显示已回答的”即可再次看到它。</translation>
    </message>
    <message>
        <source>Deleted the question. Edit &gt; Undo brings it back.</source>
        <translation>已删除这个问题。“编辑 &gt; 撤销”可以恢复它。</translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Nothing was changed.</source>
        <translation>更改无法保存（{reason}）。没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>The care record {path} was saved by an older version of Care Companion and must be updated before it can be read, but nothing can be written beside it. Copy the folder to a place you may write to and use it from there.</source>
        <translation>照护记录 {path} 是由旧版 Care Companion 保存的，需要先更新才能读取，但它旁边无法写入任何内容。请把这个文件夹复制到您可以写入的位置，然后在那里使用。</translation>
    </message>
    <message>
        <source>the disk is full; nothing was imported into {path}. Free some space on that disk and try again.</source>
        <translation>磁盘已满；没有向 {path} 导入任何内容。请在该磁盘上腾出一些空间，然后再试一次。</translation>
    </message>
    <message>
        <source>the disk is full: {file} could not be written, and nothing was changed. Free some space on that disk, or choose another place, and try again.</source>
        <translation>磁盘已满：无法写入 {file}，也没有做任何改动。请在该磁盘上腾出一些空间，或者选择其他位置，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>RecordContents</name>
    <message numerus="yes">
        <source>%n diary entries</source>
        <translation>
            <numerusform>%n 条日记记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n 个预约</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>{file} is a folder Care Companion keeps for the care record; choose a file name in another folder. Nothing was written.</source>
        <translation>{file} 是 Care Companion 为照护记录保留的文件夹；请在其他文件夹中选择文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>{file} is one of the files Care Companion keeps for the care record; saving there would destroy it. Choose another name or folder. Nothing was written.</source>
        <translation>{file} 是 Care Companion 为照护记录保留的文件之一；保存到那里会毁掉它。请选择其他名称或文件夹。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordPassword</name>
    <message>
        <source>Use at least {count} characters; a short sentence is easy to remember.</source>
        <translation>请至少使用 {count} 个字符；用一个短句会比较容易记住。</translation>
    </message>
    <message>
        <source>The password cannot contain that character.</source>
        <translation>密码不能包含这个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>两次输入的密码不一样；请重新输入。</translation>
    </message>
    <message>
        <source>That was the password of this care record before it was changed. Type the new password.</source>
        <translation>这是这份照护记录更改之前的密码。请输入新密码。</translation>
    </message>
    <message>
        <source>That password does not open the care record. Check that Caps Lock is off and try again. If you are sure it is right, the file may be damaged: restore a backup (caregiver-app restore FILE).</source>
        <translation>这个密码打不开照护记录。请检查大写锁定键（Caps Lock）是否已关闭，然后再试一次。如果您确定密码没错，文件可能已损坏：请恢复一份备份（caregiver-app restore FILE）。</translation>
    </message>
    <message>
        <source>That is not the password of this care record. Check that Caps Lock is off and try again.</source>
        <translation>这不是这份照护记录的密码。请检查大写锁定键（Caps Lock）是否已关闭，然后再试一次。</translation>
    </message>
    <message>
        <source>The password was not changed: the record could not be rewritten ({reason}). Nothing was changed; check that the disk has free space and try again.</source>
        <translation>密码没有更改：无法重新写入记录（{reason}）。什么都没有改动；请检查磁盘是否还有空余空间，然后再试一次。</translation>
    </message>
    <message>
        <source>The password was not changed: the care record is open in another program. Close it and try again.</source>
        <translation>密码没有更改：照护记录正在另一个程序中打开。请在那个程序中关闭它，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Your care record is damaged</source>
        <translation>您的照护记录已损坏</translation>
    </message>
    <message>
        <source>Care Companion found damage in your care record, so it has not opened it. This can happen after a power cut, a full disk or a failing drive.</source>
        <translation>Care Companion 发现您的照护记录有损坏，所以没有打开它。停电、磁盘已满或硬盘出故障之后，都可能发生这种情况。</translation>
    </message>
    <message>
        <source>Nothing was deleted. The damaged file is kept, renamed, as:</source>
        <translation>没有删除任何东西。损坏的文件已改名保存为：</translation>
    </message>
    <message>
        <source>Your newest good backup is from {date}. It holds {entries} (the latest from {latest}), {contacts} and {appointments}. Restoring it brings back everything saved up to then.</source>
        <translation>您最新的完好备份是 {date} 的。其中有 {entries}（最近一条是 {latest} 的）、{contacts}和 {appointments}。恢复它，就能找回截至那时保存的所有内容。</translation>
    </message>
    <message>
        <source>There is no backup that passes the check. You can start with an empty record, or quit and restore a copy saved elsewhere later with File &gt; Restore from backup...</source>
        <translation>没有能通过检查的备份。您可以从一份空白记录开始，也可以先退出，以后再用“文件 &gt; 从备份恢复...”恢复保存在别处的副本。</translation>
    </message>
    <message>
        <source>What SQLite&apos;s check reported:</source>
        <translation>SQLite 检查报告的内容：</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>恢复 {date} 的备份</translation>
    </message>
    <message>
        <source>Start with an empty record</source>
        <translation>从空白记录开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your care record {file} is damaged, and it could not be moved aside ({reason}). Nothing was changed. Check that you may write to its folder, then open Care Companion again.</source>
        <translation>您的照护记录 {file} 已损坏，而且无法把它移到一旁（{reason}）。没有做任何改动。请检查您是否有权限写入它所在的文件夹，然后重新打开 Care Companion。</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). The damaged record is still kept as {file}. Care Companion will start with an empty record; try File &gt; Restore from backup... again.</source>
        <translation>备份无法恢复（{reason}）。损坏的记录仍然保存为 {file}。Care Companion 将从一份空白记录开始；请再试一次“文件 &gt; 从备份恢复...”。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Appointment reminders</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>在日历中显示</translation>
    </message>
    <message>
        <source>Show the appointment in the calendar</source>
        <translation>在日历中显示这个预约</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the reminders</source>
        <translation>关闭这些提醒</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}，{time}</translation>
    </message>
    <message>
        <source>Missed while Care Companion was closed: {title}, {when}.</source>
        <translation>Care Companion 关闭期间错过的提醒：{title}，{when}。</translation>
    </message>
    <message>
        <source>Reminder: {title}, {when}.</source>
        <translation>提醒：{title}，{when}。</translation>
    </message>
    <message>
        <source>At {place}.</source>
        <translation>地点：{place}。</translation>
    </message>
    <message>
        <source>Video visit.</source>
        <translation>视频就诊。</translation>
    </message>
    <message>
        <source>{day} {time} {title}</source>
        <translation>{day} {time} {title}</translation>
    </message>
    <message>
        <source>Booked for today and tomorrow: {list}.</source>
        <translation>今天和明天的安排：{list}。</translation>
    </message>
    <message>
        <source>Care Companion</source>
        <translation>Care Companion</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>{medicine}, due at {time}, is not logged yet.</source>
        <translation>{medicine}（应在 {time} 服用）尚未记录。</translation>
    </message>
    <message>
        <source>Time for {medicine}: due at {time}.</source>
        <translation>该服用 {medicine} 了：时间 {time}。</translation>
    </message>
    <message>
        <source>Answer each dose on the Today page: Given or Skipped.</source>
        <translation>请在“今天”页面记录每一剂：已服用或已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>While Care Companion was closed, %n doses came due. They are not logged yet, to be answered on the Today page:</source>
        <translation>
            <numerusform>Care Companion 关闭期间有 %n 剂到了服用时间，尚未记录，请在“今天”页面补记：</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine}, {time}</source>
        <translation>{medicine}，{time}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>还有 %n 剂。</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine}: no doses left, by the count.</source>
        <translation>{medicine}：按清点数量，已经没有剩余剂量。</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left.</source>
        <translation>
            <numerusform>{medicine}：还剩 %n 剂。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses left, enough until about {day}.</source>
        <translation>
            <numerusform>{medicine}：还剩 %n 剂，大约够用到 {day}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to ask for a refill.</source>
        <translation>该去续药了。</translation>
    </message>
    <message>
        <source>Pharmacy: {pharmacy}</source>
        <translation>药房：{pharmacy}</translation>
    </message>
    <message>
        <source>No pharmacy is in the profile yet: add it with Edit profile to see it here.</source>
        <translation>资料中还没有药房：请通过“编辑资料”添加，之后会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} logged: %n doses added, as many as the last refill or count. If the pack held another number, count the doses in the medicine&apos;s form.</source>
        <translation>
            <numerusform>已记录 {medicine} 的续药：增加 %n 剂，与上次续药或清点的数量相同。如果这盒的数量不同，请在该药的表单中清点剂量。</numerusform>
        </translation>
    </message>
    <message>
        <source>The refill of {medicine} could not be logged ({reason}). Try again.</source>
        <translation>无法记录 {medicine} 的续药（{reason}）。请再试一次。</translation>
    </message>
    <message>
        <source>The refill of {medicine} is not logged: the app does not know how many doses a pack holds. Count the doses on hand in the medicine&apos;s form.</source>
        <translation>未记录 {medicine} 的续药：本应用不知道一盒有多少剂。请在该药的表单中清点现有剂量。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n weeks before</source>
        <translation>
            <numerusform>提前 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your record as it is now is first kept as a backup itself, so you can change your mind later.</source>
        <translation>请选择要恢复的备份。您现在的记录会先被保存为一份备份，这样您以后还可以改变主意。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet. Care Companion makes one when you close it after a change, and every few hours while it is open; File &gt; Back up now makes one at once. To restore a copy saved elsewhere (a USB stick), choose Another file...</source>
        <translation>这个文件夹里还没有备份。您做了更改后关闭 Care Companion 时，它会做一份备份；打开期间每隔几小时也会做一份；“文件 &gt; 立即备份”可以马上做一份。要恢复保存在别处（如 U 盘）的副本，请选择“其他文件...”。</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选的备份</translation>
    </message>
    <message>
        <source>&amp;Another file...</source>
        <translation>其他文件(&amp;A)...</translation>
    </message>
    <message>
        <source>Restore a backup file saved elsewhere</source>
        <translation>恢复保存在别处的备份文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>日记记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation>最近一条记录</translation>
    </message>
    <message>
        <source>{date} (kept before a restore)</source>
        <translation>{date}（恢复前保留的）</translation>
    </message>
    <message>
        <source>Made under another password</source>
        <translation>用另一个密码加密</translation>
    </message>
    <message>
        <source>Damaged: cannot be used</source>
        <translation>已损坏：无法使用</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>{file} was made when the record had another password. Type that password to restore it:</source>
        <translation>{file} 是在记录使用另一个密码时做的备份。请输入那个密码来恢复它：</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Care Companion backups (*.sqlite);;All files (*)</source>
        <translation>Care Companion 备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要恢复这份备份吗？</translation>
    </message>
    <message>
        <source>Replace your care record with the backup of {date}?

It holds {entries} (the latest from {latest}), {contacts} and {appointments}. Anything saved after it was made will no longer show, but your record as it is now is kept as a backup first, so you can restore that later.</source>
        <translation>要用 {date} 的备份替换您的照护记录吗？

这份备份中有 {entries}（最近一条是 {latest} 的）、{contacts}和 {appointments}。在它之后保存的内容将不再显示，但您现在的记录会先保存为一份备份，以后您还可以恢复它。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Keep my record as it is</source>
        <translation>保持我的记录不变</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>palliative care physician</source>
        <translation>姑息治疗医生</translation>
    </message>
    <message>
        <source>Leads symptom relief and talks through goals of care and quality of life.</source>
        <translation>负责缓解症状，并和您谈照护目标和生活质量。</translation>
    </message>
    <message>
        <source>nurse navigator</source>
        <translation>导航护士</translation>
    </message>
    <message>
        <source>Your main link to the team: follows symptoms and hospital stays, arranges equipment and transport.</source>
        <translation>您与团队之间的主要联系人：跟踪症状和住院情况，安排医疗设备和交通。</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Checks on symptoms and medicines and answers day-to-day care questions.</source>
        <translation>关注症状和用药情况，解答日常照护中的问题。</translation>
    </message>
    <message>
        <source>social worker or counselor</source>
        <translation>社工或心理咨询师</translation>
    </message>
    <message>
        <source>Support with stress, anxiety, coping and practical worries.</source>
        <translation>在压力、焦虑、情绪应对和实际困难方面提供支持。</translation>
    </message>
    <message>
        <source>pharmacist</source>
        <translation>药师</translation>
    </message>
    <message>
        <source>Finds hard-to-get medicines and advises on side effects and refills.</source>
        <translation>帮忙找到难买到的药，并就副作用和续药提供建议。</translation>
    </message>
    <message>
        <source>chaplain</source>
        <translation>灵性关怀人员（院牧）</translation>
    </message>
    <message>
        <source>Spiritual support for the patient and family, any faith or none.</source>
        <translation>为患者和家人提供灵性支持，无论有什么信仰，或者没有信仰。</translation>
    </message>
    <message>
        <source>respiratory therapist</source>
        <translation>呼吸治疗师</translation>
    </message>
    <message>
        <source>Breathing techniques, oxygen and breathing equipment.</source>
        <translation>呼吸技巧、吸氧和呼吸设备方面的帮助。</translation>
    </message>
    <message>
        <source>pulmonologist</source>
        <translation>呼吸科医生</translation>
    </message>
    <message>
        <source>Lung specialist; can drain fluid that builds up around the lungs.</source>
        <translation>肺部专科医生；可以把积聚在肺周围的液体引流出来。</translation>
    </message>
    <message>
        <source>registered dietitian</source>
        <translation>注册营养师</translation>
    </message>
    <message>
        <source>Help with appetite, weight loss, nutrition drinks and eating well.</source>
        <translation>在食欲、体重下降、营养饮品和好好吃饭方面提供帮助。</translation>
    </message>
    <message>
        <source>care coordinator</source>
        <translation>照护协调员</translation>
    </message>
    <message>
        <source>First contact for booking visits and insurance questions, and for a move to hospice if it is ever needed.</source>
        <translation>预约就诊和保险问题的首要联系人；如果将来需要转到安宁疗护，也由他们负责。</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>肿瘤科医生</translation>
    </message>
    <message>
        <source>Leads the cancer treatment and can refer you to palliative care.</source>
        <translation>负责抗癌治疗，可以把您转诊到姑息治疗。</translation>
    </message>
    <message>
        <source>primary care physician</source>
        <translation>家庭医生</translation>
    </message>
    <message>
        <source>The family doctor, for health needs outside the cancer care.</source>
        <translation>也就是家里的全科医生，负责癌症照护以外的健康需要。</translation>
    </message>
    <message>
        <source>hospice team</source>
        <translation>安宁疗护团队</translation>
    </message>
    <message>
        <source>Comfort-focused care, often at home, if and when the time comes.</source>
        <translation>以舒适为重点的照护，通常在家中进行；如果到了需要的那一天，就由他们提供。</translation>
    </message>
    <message>
        <source>home health</source>
        <translation>居家护理</translation>
    </message>
    <message>
        <source>Nurses and aides who visit the home to help with care.</source>
        <translation>上门帮助照护的护士和护理员。</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Family, friends and anyone else worth having at hand.</source>
        <translation>家人、朋友，以及其他值得随时能联系上的人。</translation>
    </message>
</context>
<context>
    <name>SameDaySuggestions</name>
    <message>
        <source>Teams often book palliative care on the same day as an oncology visit, to spare extra trips. Oncology visits within a week:</source>
        <translation>团队常把姑息治疗和肿瘤科就诊安排在同一天，以免多跑几趟。一周内的肿瘤科就诊：</translation>
    </message>
    <message>
        <source>{title}: {day}, {time}</source>
        <translation>{title}：{day}，{time}</translation>
    </message>
    <message>
        <source>Book that day</source>
        <translation>约在那一天</translation>
    </message>
    <message>
        <source>Book on the same day as {visit}</source>
        <translation>和 {visit} 约在同一天</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>{file} is already in {folder}. Replace it with the new one?</source>
        <translation>{folder} 中已有 {file}。要用新文件替换它吗？</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>When it is given</source>
        <translation>何时用药</translation>
    </message>
    <message>
        <source>Not set &amp;up yet</source>
        <translation>尚未设置(&amp;U)</translation>
    </message>
    <message>
        <source>At set t&amp;imes of day</source>
        <translation>每天固定时间(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;very few hours</source>
        <translation>每隔几小时(&amp;V)</translation>
    </message>
    <message>
        <source>A change to when it is given counts from the moment you save it: the doses before keep the times they had then.</source>
        <translation>对用药时间的更改从您保存时起生效：此前的各剂保留当时的时间。</translation>
    </message>
    <message>
        <source>Times set up now count from the moment you save them: the days before ask for no dose of this medicine.</source>
        <translation>现在设置的用药时间从您保存时起生效：此前的日子不会要求服用这种药物。</translation>
    </message>
    <message>
        <source>With no date in Started, these times count from the moment you save them and the days before ask for no dose; with one, they count from that day.</source>
        <translation>如果“开始日期”未填写，这些用药时间从您保存时起生效，此前的日子不会要求服药；如果填写了日期，则从那一天起生效。</translation>
    </message>
    <message>
        <source>Clock times (leave a box empty to remove it):</source>
        <translation>时间（清空某一格即可删除）：</translation>
    </message>
    <message>
        <source>Add another ti&amp;me</source>
        <translation>再添加一个时间(&amp;M)</translation>
    </message>
    <message>
        <source>Add another time of day</source>
        <translation>再添加一个时间</translation>
    </message>
    <message>
        <source>With meals or at bedtime, at the family&apos;s usual times (the same for every medicine; change them here):</source>
        <translation>随餐或睡前，按家里平常的时间（所有药物共用；可在这里修改）：</translation>
    </message>
    <message>
        <source>With &amp;breakfast</source>
        <translation>早餐时(&amp;B)</translation>
    </message>
    <message>
        <source>Usual breakfast time</source>
        <translation>平常早餐时间</translation>
    </message>
    <message>
        <source>With &amp;lunch</source>
        <translation>午餐时(&amp;L)</translation>
    </message>
    <message>
        <source>Usual lunch time</source>
        <translation>平常午餐时间</translation>
    </message>
    <message>
        <source>With dinner</source>
        <translation>晚餐时</translation>
    </message>
    <message>
        <source>Usual dinner time</source>
        <translation>平常晚餐时间</translation>
    </message>
    <message>
        <source>Usual bedtime</source>
        <translation>平常睡觉时间</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>A change to a usual time counts from the moment you save it, for every medicine given with meals or at bedtime: the doses before keep the times they had then.</source>
        <translation>对平常时间的更改从您保存时起生效，适用于所有随餐或睡前服用的药物：此前的各剂保留当时的时间。</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>两次用药间隔的小时数</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>hours, the first dose of the day at</source>
        <translation>小时一次，每天第一剂在</translation>
    </message>
    <message>
        <source>Time of the first dose of the day</source>
        <translation>每天第一剂的时间</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation>在这些日子：</translation>
    </message>
    <message>
        <source>Time of day {number}</source>
        <translation>第 {number} 个时间</translation>
    </message>
    <message>
        <source>Schedule not set up yet. The prescription&apos;s words above are kept as written; choose how it is timed to have its doses listed on the Today page.</source>
        <translation>用药时间尚未设置。上面处方的原话会原样保留；选择用药方式后，各剂会列在“今天”页面上。</translation>
    </message>
    <message>
        <source>Schedule not set up yet: choose how it is timed to have its doses listed on the Today page.</source>
        <translation>用药时间尚未设置：选择用药方式后，各剂会列在“今天”页面上。</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for this medicine.</source>
        <translation>请为这个药物至少选择一周中的一天。</translation>
    </message>
    <message>
        <source>Type the family&apos;s usual time for this meal or bedtime.</source>
        <translation>请填写家里平常这顿饭或睡觉的时间。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the record read back other counts than were written</source>
        <translation>记录读回的数量与写入的不同</translation>
    </message>
    <message>
        <source>the record was written without encryption</source>
        <translation>记录写入时没有加密</translation>
    </message>
    <message>
        <source>the record opened with a wrong password</source>
        <translation>用错误的密码打开了记录</translation>
    </message>
    <message>
        <source>the encrypted record did not read back</source>
        <translation>无法读回加密的记录</translation>
    </message>
    <message>
        <source>the tab {tab} did not show</source>
        <translation>标签页 {tab} 没有显示</translation>
    </message>
    <message>
        <source>the PDF is not whole ({size} bytes)</source>
        <translation>PDF 不完整（{size} 字节）</translation>
    </message>
    <message>
        <source>care record without a password</source>
        <translation>无密码的照护记录</translation>
    </message>
    <message>
        <source>care record with a password</source>
        <translation>有密码的照护记录</translation>
    </message>
    <message>
        <source>main window and each tab</source>
        <translation>主窗口和每个标签页</translation>
    </message>
    <message>
        <source>visit summary</source>
        <translation>就诊总结</translation>
    </message>
    <message>
        <source>Who to call sheet</source>
        <translation>“该打给谁”清单</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>fonts of the printouts</source>
        <translation>打印文档的字体</translation>
    </message>
    <message>
        <source>FAILED {check}: {reason}</source>
        <translation>失败 {check}：{reason}</translation>
    </message>
    <message>
        <source>ok     {check}</source>
        <translation>通过   {check}</translation>
    </message>
    <message>
        <source>the self-test failed: {checks}</source>
        <translation>自检失败：{checks}</translation>
    </message>
    <message>
        <source>{file} is missing or empty</source>
        <translation>{file} 缺失或为空</translation>
    </message>
    <message>
        <source>{file} does not translate {text}</source>
        <translation>{file} 没有翻译 {text}</translation>
    </message>
    <message>
        <source>Qt&apos;s own {file} is missing from {folder}</source>
        <translation>{folder} 中缺少 Qt 自带的 {file}</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>缺少 {file}</translation>
    </message>
    <message>
        <source>Qt cannot read {file}</source>
        <translation>Qt 无法读取 {file}</translation>
    </message>
    <message>
        <source>{file} does not cover Simplified Chinese</source>
        <translation>{file} 不包含简体中文</translation>
    </message>
    <message>
        <source>ReportLab cannot read {file}</source>
        <translation>ReportLab 无法读取 {file}</translation>
    </message>
    <message>
        <source>{file} does not draw {character}</source>
        <translation>{file} 无法显示 {character}</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}，全天</translation>
    </message>
    <message>
        <source>{first} to {last}, all day</source>
        <translation>{first}至{last}，全天</translation>
    </message>
    <message>
        <source>{starts} to {ends}</source>
        <translation>{starts}至{ends}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Yes, it is a series</source>
        <translation>是，这是一个系列</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>视频链接</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>要带的东西</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>开车接送</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation>{number}（{kind}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>What to call about</source>
        <translation>什么事打电话</translation>
    </message>
    <message>
        <source>This version could not be read as an appointment, so its details cannot be shown one by one.</source>
        <translation>无法将此版本读取为预约，因此无法逐项显示其内容。</translation>
    </message>
    <message>
        <source>This version could not be read as a contact, so its details cannot be shown one by one.</source>
        <translation>无法将此版本读取为联系人，因此无法逐项显示其内容。</translation>
    </message>
    <message>
        <source>An appointment no longer in the calendar</source>
        <translation>一个已不在日历中的预约</translation>
    </message>
    <message>
        <source>An appointment without a title, on {day}</source>
        <translation>{day}的一个无标题预约</translation>
    </message>
    <message>
        <source>“{title}” on {day}</source>
        <translation>{day}的“{title}”</translation>
    </message>
    <message>
        <source>A contact no longer in the care team</source>
        <translation>一个已不在护理团队中的联系人</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>The phone&apos;s version was kept. This is the version from this computer.</source>
        <translation>保留了手机上的版本。这是本机上的版本。</translation>
    </message>
    <message>
        <source>This computer&apos;s version was kept. This is the phone&apos;s version.</source>
        <translation>保留了本机上的版本。这是手机上的版本。</translation>
    </message>
    <message>
        <source>Noticed {moment}</source>
        <translation>发现于{moment}</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Versions set aside</source>
        <translation>已搁置的版本</translation>
    </message>
    <message>
        <source>When something was changed both here and on a phone, the newer version was kept and the other one is shown here, newest first. Nothing here changes the record.</source>
        <translation>当某项内容在本机和手机上都被更改时，保留了较新的版本，另一个版本显示在这里，最新的在前。这里的内容不会更改记录。</translation>
    </message>
    <message>
        <source>No versions have been set aside.</source>
        <translation>没有搁置的版本。</translation>
    </message>
    <message>
        <source>The versions set aside</source>
        <translation>已搁置的版本列表</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Show the text as the server sent it</source>
        <translation>显示服务器发送的原始文本</translation>
    </message>
    <message>
        <source>The text as the server sent it</source>
        <translation>服务器发送的原始文本</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Phones and calendars</source>
        <translation>手机和日历</translation>
    </message>
    <message>
        <source>Put the appointments and the care team on the family&apos;s phones, through a calendar server you already have. Nothing is sent until you press Start.</source>
        <translation>通过您已有的日历服务器，把预约和照护团队放到家人的手机上。在您按“开始”之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>For example: https://cloud.example.org/remote.php/dav (Nextcloud), caldav.icloud.com with an app password (iCloud), http://localhost:5232 (Radicale)</source>
        <translation>例如：https://cloud.example.org/remote.php/dav（Nextcloud）、caldav.icloud.com 加应用专用密码（iCloud）、http://localhost:5232（Radicale）</translation>
    </message>
    <message>
        <source>Examples of server addresses</source>
        <translation>服务器地址示例</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>应用专用密码</translation>
    </message>
    <message>
        <source>Se&amp;rver address:</source>
        <translation>服务器地址(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>App pass&amp;word:</source>
        <translation>应用专用密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>通讯录(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose one the server has, or type a new name: it is made on the server when you press Start.</source>
        <translation>选择服务器上已有的，或输入新名称：按“开始”时会在服务器上创建。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start sending to phones</source>
        <translation>开始发送到手机</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>请先输入服务器地址。</translation>
    </message>
    <message>
        <source>Asking the server...</source>
        <translation>正在询问服务器...</translation>
    </message>
    <message numerus="yes">
        <source>The server answered: %n calendar(s) found</source>
        <translation>
            <numerusform>服务器已回应：找到 %n 个日历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s) found.</source>
        <translation>
            <numerusform>找到 %n 个通讯录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>照护团队</translation>
    </message>
    <message>
        <source>The calendar server did not accept this user name and app password. Check them (Nextcloud and iCloud need an app password made for this, not the password you sign in with), then press Test connection again.</source>
        <translation>日历服务器不接受这个用户名和应用专用密码。请检查它们（Nextcloud 和 iCloud 需要为此专门创建的应用专用密码，而不是您登录时用的密码），然后再按一次“测试连接”。</translation>
    </message>
    <message>
        <source>The calendar server did not answer at this address. Check the address (the examples above show how it looks) and that this computer is connected to the internet, then press Test connection again.</source>
        <translation>日历服务器在这个地址没有回应。请检查地址（上面的示例显示了地址的样子）以及这台电脑是否已连接互联网，然后再按一次“测试连接”。</translation>
    </message>
    <message>
        <source>There is no calendar at this address. Check the address (the examples above show how it looks), then press Test connection again.</source>
        <translation>这个地址上没有日历。请检查地址（上面的示例显示了地址的样子），然后再按一次“测试连接”。</translation>
    </message>
    <message>
        <source>Getting the calendar and the address book ready...</source>
        <translation>正在准备日历和通讯录...</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message numerus="yes">
        <source>sent %n changes</source>
        <translation>
            <numerusform>已发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n changes</source>
        <translation>
            <numerusform>已收到 %n 项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWindow</name>
    <message>
        <source>Show the &amp;other version...</source>
        <translation>查看另一个版本(&amp;O)...</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>查看另一个版本</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <source>OK, the note is read</source>
        <translation>好的，已读此提示</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>另一个版本</translation>
    </message>
    <message>
        <source>The version of {what} from {computer} ({time}), which was not kept. To use any of it, copy it from here into the record.</source>
        <translation>来自 {computer} 的{what}版本（{time}），未被保留。如需使用其中内容，请从这里复制到记录中。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Share with family</source>
        <translation>与家人共享</translation>
    </message>
    <message>
        <source>Share this care record with the family&apos;s other computers through a folder they already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share or a USB stick); what is written there is locked with a family passphrase.</source>
        <translation>通过家人电脑之间已经在同步的文件夹（Syncthing、Nextcloud、Dropbox、OneDrive、网络共享或 U 盘）与家人的其他电脑共享本照护记录；写入其中的内容用家庭口令加密。</translation>
    </message>
    <message>
        <source>&amp;Start sharing...</source>
        <translation>开始共享(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Join...</source>
        <translation>加入(&amp;J)...</translation>
    </message>
    <message>
        <source>This computer is the first: its record goes into an empty folder.</source>
        <translation>这台电脑是第一台：它的记录写入一个空文件夹。</translation>
    </message>
    <message>
        <source>Another computer already shares: this one builds its record from the folder. Its own record must hold no entries yet. A profile filled in here is not lost: where the family&apos;s differs, the family&apos;s is used and this one can be seen with “Show the other version...”.</source>
        <translation>另一台电脑已在共享：这台电脑从文件夹建立它的记录。它自己的记录中还不能有任何条目。在这里填写的个人资料不会丢失：如果与家人的不同，会使用家人的个人资料，这里的可以通过“查看另一个版本...”查看。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Start &amp;sharing</source>
        <translation>开始共享(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Writing this record to the family folder...</source>
        <translation>正在把本记录写入家庭文件夹...</translation>
    </message>
    <message>
        <source>Reading the family&apos;s record from the folder...</source>
        <translation>正在从文件夹读取家庭的记录...</translation>
    </message>
    <message>
        <source>Sharing could not begin ({reason}); nothing was changed. Check that the folder can be written to and try again.</source>
        <translation>无法开始共享（{reason}）；没有任何更改。请检查该文件夹可以写入，然后重试。</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Stop sharing this care record? This computer stops writing to and reading from the family folder. The record here stays as it is, and so do the other computers&apos; records and the folder.</source>
        <translation>停止共享本照护记录吗？这台电脑将不再写入或读取家庭文件夹。这里的记录保持不变，其他电脑的记录和文件夹也保持不变。</translation>
    </message>
    <message>
        <source>Start sharing from this computer</source>
        <translation>从这台电脑开始共享</translation>
    </message>
    <message>
        <source>Join the family&apos;s shared record</source>
        <translation>加入家庭的共享记录</translation>
    </message>
    <message>
        <source>Family folder</source>
        <translation>家庭文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>Choose the family folder</source>
        <translation>选择家庭文件夹</translation>
    </message>
    <message>
        <source>&amp;Family folder:</source>
        <translation>家庭文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>这台电脑的名称</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>这台电脑的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Family passphrase</source>
        <translation>家庭口令</translation>
    </message>
    <message>
        <source>Family &amp;passphrase:</source>
        <translation>家庭口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Family passphrase again</source>
        <translation>再次输入家庭口令</translation>
    </message>
    <message>
        <source>The passphrase &amp;again:</source>
        <translation>再次输入口令(&amp;A)：</translation>
    </message>
    <message>
        <source>An empty folder that is already synced between the family&apos;s computers: a Syncthing, Nextcloud, Dropbox or OneDrive folder, a network share, or a USB stick carried from one computer to the other.</source>
        <translation>一个已在家人电脑之间同步的空文件夹：Syncthing、Nextcloud、Dropbox 或 OneDrive 文件夹、网络共享，或在电脑之间携带的 U 盘。</translation>
    </message>
    <message>
        <source>There is no folder at {folder}. Choose the folder the family&apos;s computers sync.</source>
        <translation>{folder} 处没有文件夹。请选择家人电脑同步的文件夹。</translation>
    </message>
    <message>
        <source>The folder the family&apos;s other computer chose when it started sharing, as it appears on this computer.</source>
        <translation>家人的另一台电脑开始共享时选择的文件夹，即它在这台电脑上的位置。</translation>
    </message>
    <message>
        <source>For example “Laura&apos;s laptop”: the other computers show it next to what was recorded here.</source>
        <translation>例如“Laura 的笔记本”：其他电脑会在这里记录的内容旁显示它。</translation>
    </message>
    <message>
        <source>The passphrase locks what is written to the folder. It cannot be recovered if it is forgotten, and every computer that shares needs it: write it down and keep it somewhere safe.</source>
        <translation>口令用于加密写入文件夹的内容。忘记后无法找回，而且每台共享的电脑都需要它：请写下来并妥善保管。</translation>
    </message>
    <message>
        <source>The passphrase the family chose when sharing started.</source>
        <translation>家人开始共享时选择的口令。</translation>
    </message>
    <message>
        <source>Choose the family folder, or type where it is.</source>
        <translation>请选择家庭文件夹，或输入它的位置。</translation>
    </message>
    <message>
        <source>Give this computer a name the family will know, such as “Laura&apos;s laptop”.</source>
        <translation>请给这台电脑起一个家人认得的名字，例如“Laura 的笔记本”。</translation>
    </message>
    <message>
        <source>Type the family passphrase.</source>
        <translation>请输入家庭口令。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type it again in both boxes.</source>
        <translation>两次输入的口令不一致：请在两个框中重新输入。</translation>
    </message>
    <message>
        <source>{computer} (this computer)</source>
        <translation>{computer}（这台电脑）</translation>
    </message>
    <message>
        <source>{computer}: nothing has come in from it yet</source>
        <translation>{computer}：尚未收到它的任何内容</translation>
    </message>
    <message>
        <source>{computer}: synced as of {time}</source>
        <translation>{computer}：截至 {time} 已同步</translation>
    </message>
    <message>
        <source>This care record is shared with the family</source>
        <translation>本照护记录已与家人共享</translation>
    </message>
    <message>
        <source>The family&apos;s computers</source>
        <translation>家人的电脑</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>停止共享(&amp;T)...</translation>
    </message>
    <message>
        <source>Family folder: {folder}</source>
        <translation>家庭文件夹：{folder}</translation>
    </message>
    <message>
        <source>Computers:</source>
        <translation>电脑：</translation>
    </message>
    <message>
        <source>The family folder is not there (a USB stick out?); your changes are kept here and shared when it is back.</source>
        <translation>家庭文件夹不在（U 盘拔出了？）；您的更改保存在这里，文件夹回来后再共享。</translation>
    </message>
    <message>
        <source>Sharing with the family folder; no other computer has joined yet.</source>
        <translation>正在与家庭文件夹共享；还没有其他电脑加入。</translation>
    </message>
    <message>
        <source>Sharing with the family folder; nothing from {names} has come in yet.</source>
        <translation>正在与家庭文件夹共享；尚未收到 {names} 的任何内容。</translation>
    </message>
    <message>
        <source>In step with {names} as of {time}</source>
        <translation>截至 {time} 已与 {names} 同步</translation>
    </message>
    <message>
        <source>from {computer}</source>
        <translation>来自 {computer}</translation>
    </message>
    <message>
        <source>from {computer}, synced as of {time}</source>
        <translation>来自 {computer}，截至 {time} 已同步</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Changed on two computers: kept the {time} version of {what} from {computer}.</source>
        <translation>在两台电脑上都有更改：保留了来自 {computer} 的{what} {time} 的版本。</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>共享状态</translation>
    </message>
    <message>
        <source>In step: nothing new came in.</source>
        <translation>已同步：没有新内容。</translation>
    </message>
    <message>
        <source>The family folder could not be read this time ({reason}); it is tried again every minute, and your changes are kept here.</source>
        <translation>这次无法读取家庭文件夹（{reason}）；每分钟会再试一次，您的更改保存在这里。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>给药时间</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>给药人</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>服用时间表</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name of the person cared for</source>
        <translation>被照顾者的姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Where the advance directive is kept</source>
        <translation>预立医疗指示存放在哪里</translation>
    </message>
    <message>
        <source>Preferred pharmacy</source>
        <translation>常用药房</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>照护者姓名</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>照护者电话</translation>
    </message>
    <message>
        <source>Other caregivers</source>
        <translation>其他照护者</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>家庭时区</translation>
    </message>
    <message>
        <source>Organization or clinic</source>
        <translation>机构或诊所</translation>
    </message>
    <message>
        <source>Video visit link</source>
        <translation>视频就诊链接</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>出现症状时首先联系</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Office days</source>
        <translation>门诊日</translation>
    </message>
    <message>
        <source>Office opens at</source>
        <translation>门诊开始时间</translation>
    </message>
    <message>
        <source>Office closes at</source>
        <translation>门诊结束时间</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>疲倦</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>嗜睡</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>恶心</translation>
    </message>
    <message>
        <source>Lack of appetite</source>
        <translation>食欲不振</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>呼吸困难</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>抑郁</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>整体感觉</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Other problem score</source>
        <translation>其他问题的评分</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <source>Oxygen saturation (%)</source>
        <translation>血氧饱和度（%）</translation>
    </message>
    <message>
        <source>Oxygen flow (L/min)</source>
        <translation>吸氧流量（升/分钟）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（公斤）</translation>
    </message>
    <message>
        <source>Pulse (beats a minute)</source>
        <translation>脉搏（次/分钟）</translation>
    </message>
    <message>
        <source>Marked for the care team</source>
        <translation>已标记给医护团队</translation>
    </message>
    <message>
        <source>Still followed</source>
        <translation>仍在记录</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Who drives</source>
        <translation>由谁开车接送</translation>
    </message>
    <message>
        <source>Pick-up time</source>
        <translation>接人时间</translation>
    </message>
    <message>
        <source>What to bring or prepare</source>
        <translation>要带或准备的东西</translation>
    </message>
    <message>
        <source>What was decided at the visit</source>
        <translation>就诊时作出的决定</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Date and time it first had</source>
        <translation>最初的日期和时间</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>用药方式</translation>
    </message>
    <message>
        <source>As needed (breakthrough)</source>
        <translation>按需（解救用药）</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Meal or bedtime</source>
        <translation>用餐或睡觉</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>平常时间</translation>
    </message>
    <message>
        <source>Kind of schedule</source>
        <translation>用药时间安排类型</translation>
    </message>
    <message>
        <source>Dose times</source>
        <translation>用药时间</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>每隔几小时</translation>
    </message>
    <message>
        <source>Time of the first dose</source>
        <translation>第一剂的时间</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>星期几</translation>
    </message>
    <message>
        <source>Reasons for an as-needed dose</source>
        <translation>按需用药的原因</translation>
    </message>
    <message>
        <source>Minutes at least between as-needed doses</source>
        <translation>两次按需用药之间至少间隔的分钟数</translation>
    </message>
    <message>
        <source>As-needed doses a day at most</source>
        <translation>每天按需用药最多次数</translation>
    </message>
    <message>
        <source>Days before running out to warn about a refill</source>
        <translation>用完前几天提醒补药</translation>
    </message>
    <message>
        <source>Symptom the scores are for</source>
        <translation>评分针对的症状</translation>
    </message>
    <message>
        <source>Score before the dose</source>
        <translation>用药前的评分</translation>
    </message>
    <message>
        <source>Score 30 to 60 minutes after the dose</source>
        <translation>用药 30 到 60 分钟后的评分</translation>
    </message>
    <message>
        <source>Time of the score after the dose</source>
        <translation>用药后评分的时间</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>应服时间</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>更改了什么</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>问谁</translation>
    </message>
    <message>
        <source>Article in Learn</source>
        <translation>“学习”中的文章</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>他们的回答</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Plan to ask at</source>
        <translation>打算在哪次就诊时问</translation>
    </message>
</context>
<context>
    <name>ShareWindowCounts</name>
    <message numerus="yes">
        <source>In step: %n changes came in.</source>
        <translation>
            <numerusform>已同步：收到 %n 项更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>The family passphrase does not match the one this folder was started with. Check it with your family and try again; nothing was changed.</source>
        <translation>家庭口令与创建此文件夹时设置的口令不一致。请与家人核对后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>This family folder was written by a newer Care Companion. Update Care Companion on this computer to keep sharing.</source>
        <translation>此家庭文件夹由更新版本的 Care Companion 写入。请在这台电脑上更新 Care Companion 以继续共享。</translation>
    </message>
    <message>
        <source>The family folder {folder} cannot be found. If it is on a USB stick or a network drive, connect it and sync again; this record keeps working meanwhile.</source>
        <translation>找不到家庭文件夹 {folder}。如果它在U盘或网络驱动器上，请连接后再同步；在此期间，此记录仍可正常使用。</translation>
    </message>
    <message>
        <source>{folder} is not a family folder yet. Start sharing from the computer that holds the record, then join once the folder has reached this computer.</source>
        <translation>{folder} 还不是家庭文件夹。请先在保存记录的电脑上开始共享，等文件夹同步到这台电脑后再加入。</translation>
    </message>
    <message>
        <source>The family folder {folder} is missing its file {file}, or holds only part of it (the sync program may still be copying it). Wait until the sync program has finished, or copy that file from another family computer&apos;s folder, then join again; nothing was changed.</source>
        <translation>家庭文件夹 {folder} 缺少文件 {file}，或者只有其中一部分（同步程序可能仍在复制它）。请等同步程序完成，或从家里另一台电脑的文件夹中复制该文件，然后再加入一次；没有做任何更改。</translation>
    </message>
    <message>
        <source>The family folder {folder} is missing its file {file}, or holds only part of it (the sync program may still be copying it). Wait until the sync program has finished, or copy that file from another family computer&apos;s folder, then try again; this record keeps working meanwhile.</source>
        <translation>家庭文件夹 {folder} 缺少文件 {file}，或者只有其中一部分（同步程序可能仍在复制它）。请等同步程序完成，或从家里另一台电脑的文件夹中复制该文件，然后再试一次；在此期间，此记录仍可正常使用。</translation>
    </message>
    <message>
        <source>{folder} is not empty. Start sharing into a new, empty folder, or choose Join if your family already shares through this one.</source>
        <translation>{folder} 不是空的。请在一个新的空文件夹中开始共享；如果家人已经通过这个文件夹共享，请选择“加入”。</translation>
    </message>
    <message>
        <source>The disk holding the family folder {folder} is full. Nothing was half-written and your changes wait here; free some space and sync again.</source>
        <translation>存放家庭文件夹 {folder} 的磁盘已满。没有留下写了一半的文件，您的更改仍保存在这里等待发送；请释放一些空间后再同步。</translation>
    </message>
    <message>
        <source>The family folder {folder} cannot be written ({reason}). Your changes wait here; make sure this computer may write to the folder (for a USB stick, turn off its write protection), then sync again.</source>
        <translation>无法写入家庭文件夹 {folder}（{reason}）。您的更改仍保存在这里等待发送；请确认这台电脑可以写入该文件夹（如果是 U 盘，请关闭它的写保护），然后再同步。</translation>
    </message>
    <message>
        <source>The family folder {folder} can be read but not written from this computer ({reason}). Joining needs both, as each computer keeps its own changes in the folder for the others to read. Ask whoever set up the folder to let this computer write to it (for a USB stick, turn off its write protection), then join again; nothing was changed.</source>
        <translation>这台电脑可以读取家庭文件夹 {folder}，但无法写入（{reason}）。加入需要既能读又能写，因为每台电脑都把自己的更改保存在这个文件夹里，供其他电脑读取。请让设置这个文件夹的人允许这台电脑写入（如果是 U 盘，请关闭它的写保护），然后再加入一次；没有做任何更改。</translation>
    </message>
    <message>
        <source>Some changes from {computers} cannot be read: a file of them in the family folder has stayed incomplete for over an hour. Ask whoever uses {computers} to check that their sync program is running and to sync again; everything else is synced, and the file is read as soon as it arrives whole.</source>
        <translation>来自 {computers} 的部分更改无法读取：家庭文件夹中保存这些更改的一个文件已经超过一小时仍不完整。请让使用 {computers} 的人检查其同步程序是否在运行，并再同步一次；其他内容都已同步，这个文件一旦完整到达就会被读取。</translation>
    </message>
    <message>
        <source>This care record already holds entries, so it cannot join a family folder. Join from a new, empty record, or start sharing from this one instead.</source>
        <translation>此照护记录中已经有条目，因此不能加入家庭文件夹。请用一份新的空记录加入，或改为从这份记录开始共享。</translation>
    </message>
    <message>
        <source>This care record is not shared with a family folder. Start or join first.</source>
        <translation>此照护记录没有与家庭文件夹共享。请先开始共享或加入。</translation>
    </message>
    <message>
        <source>This care record already shares through {folder}. Stop sharing first to use another folder.</source>
        <translation>此照护记录已经通过 {folder} 共享。要使用其他文件夹，请先停止共享。</translation>
    </message>
    <message>
        <source>Give this computer a name the family will recognize, such as Laura&apos;s laptop.</source>
        <translation>请给这台电脑起一个家人能认出的名字，例如：劳拉的笔记本。</translation>
    </message>
    <message>
        <source>Type the family passphrase; it cannot be empty.</source>
        <translation>请输入家庭口令；口令不能为空。</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>the contact {name}</source>
        <translation>联系人 {name}</translation>
    </message>
    <message>
        <source>a contact&apos;s phone number</source>
        <translation>一位联系人的电话号码</translation>
    </message>
    <message>
        <source>a medicine&apos;s earlier schedule</source>
        <translation>某种药物以前的用药时间表</translation>
    </message>
    <message>
        <source>the diary entry of {date}</source>
        <translation>{date} 的日记条目</translation>
    </message>
    <message>
        <source>the symptom {name}</source>
        <translation>症状 {name}</translation>
    </message>
    <message>
        <source>a symptom score in the diary</source>
        <translation>日记中的一个症状评分</translation>
    </message>
    <message>
        <source>the appointment on {date}</source>
        <translation>{date} 的预约</translation>
    </message>
    <message>
        <source>who goes to an appointment</source>
        <translation>谁去参加预约</translation>
    </message>
    <message>
        <source>the medicine {name}</source>
        <translation>药物 {name}</translation>
    </message>
    <message>
        <source>the as-needed dose of {date}</source>
        <translation>{date} 的按需用药</translation>
    </message>
    <message>
        <source>the dose due on {date}</source>
        <translation>{date} 应服的剂量</translation>
    </message>
    <message>
        <source>a change to a dose</source>
        <translation>对一次用药的更改</translation>
    </message>
    <message>
        <source>the supply count of {date}</source>
        <translation>{date} 的存量清点</translation>
    </message>
    <message>
        <source>a question for the care team</source>
        <translation>给护理团队的一个问题</translation>
    </message>
    <message>
        <source>the usual breakfast time</source>
        <translation>平常早餐时间</translation>
    </message>
    <message>
        <source>the usual lunch time</source>
        <translation>平常午餐时间</translation>
    </message>
    <message>
        <source>the usual dinner time</source>
        <translation>平常晚餐时间</translation>
    </message>
    <message>
        <source>the usual bedtime</source>
        <translation>平常睡觉时间</translation>
    </message>
    <message>
        <source>a part of the record</source>
        <translation>记录的一部分</translation>
    </message>
    <message>
        <source>a diary entry</source>
        <translation>一条日记条目</translation>
    </message>
    <message>
        <source>an as-needed dose</source>
        <translation>一次按需用药</translation>
    </message>
    <message>
        <source>a scheduled dose</source>
        <translation>一次按时用药</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>一个预约</translation>
    </message>
    <message>
        <source>a supply count</source>
        <translation>一次存量清点</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>另一台电脑</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Phones and calendars</source>
        <translation>手机和日历</translation>
    </message>
    <message>
        <source>the title and time only</source>
        <translation>仅标题和时间</translation>
    </message>
    <message>
        <source>the title, place and time</source>
        <translation>标题、地点和时间</translation>
    </message>
    <message>
        <source>everything, including notes</source>
        <translation>全部内容，包括备注</translation>
    </message>
    <message>
        <source>Appointments go to the calendar “{calendar}” and the care team to the address book “{book}” on {url}, as {user}.</source>
        <translation>预约发送到 {url} 上的日历“{calendar}”，照护团队发送到通讯录“{book}”，用户为 {user}。</translation>
    </message>
    <message>
        <source>What leaves this computer: {send}.</source>
        <translation>离开这台电脑的内容：{send}。</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change the server or password...</source>
        <translation>更改服务器或密码(&amp;C)...</translation>
    </message>
    <message>
        <source>S&amp;top sending to phones...</source>
        <translation>停止发送到手机(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Versions set aside...</source>
        <translation>已搁置的版本(&amp;V)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing has been set aside yet. When a sync finds an appointment or a contact changed both here and on a phone, the version that was not kept is set aside here to read.</source>
        <translation>目前还没有搁置的版本。当同步发现某个预约或联系人在这里和手机上都被更改时，未被保留的版本会搁置在这里供您查看。</translation>
    </message>
    <message>
        <source>Stop sending to phones</source>
        <translation>停止发送到手机</translation>
    </message>
    <message>
        <source>Stop sending appointments and the care team to the phones? The server is left as it is: what is already there stays on the phones until it is deleted on the server. This computer forgets the password.</source>
        <translation>停止把预约和照护团队发送到手机吗？服务器保持原样：已经在上面的内容会继续留在手机上，直到在服务器上删除。这台电脑会忘记密码。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The care record in {folder} was saved by a newer version of Care Companion (record version {version}; this version reads up to {current}). Install the newer version to open it. The file has not been changed.</source>
        <translation>{folder} 中的照护记录是由更新版本的 Care Companion 保存的（记录版本 {version}；这个版本最高只能读取 {current}）。请安装更新的版本来打开它。文件没有被改动。</translation>
    </message>
    <message>
        <source>The care record {path} must be updated for this version of Care Companion, but the disk is full; nothing was changed. Free some space on that disk and try again.</source>
        <translation>照护记录 {path} 需要为这个版本的 Care Companion 更新，但磁盘已满；没有做任何改动。请在该磁盘上腾出一些空间，然后再试一次。</translation>
    </message>
    <message>
        <source>There is no room on the disk to make a care record in {folder}; nothing was saved. Free some space on that disk, or choose another folder, and try again.</source>
        <translation>磁盘空间不足，无法在 {folder} 中建立照护记录；没有保存任何内容。请在该磁盘上腾出一些空间，或选择另一个文件夹，然后重试。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每位联系人都需要有姓名。</translation>
    </message>
    <message>
        <source>Unknown phone kind: {kind}</source>
        <translation>未知的电话类型：{kind}</translation>
    </message>
    <message>
        <source>A phone line has no number.</source>
        <translation>有一条电话没有号码。</translation>
    </message>
    <message>
        <source>Choose the office days from Monday to Sunday.</source>
        <translation>请从星期一到星期日中选择办公日。</translation>
    </message>
    <message>
        <source>Enter both the opening and the closing time, or neither.</source>
        <translation>请同时填写开门和关门时间，或都不填。</translation>
    </message>
    <message>
        <source>The office must close after it opens; for an office open until midnight, type 24:00 as the closing time.</source>
        <translation>关门时间必须晚于开门时间；如果营业到午夜，请在关门时间中输入 24:00。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (a locked USB stick or a read-only disk, say) and holds no care record, so none can be made there. Choose a folder you may write to, or the one that holds the care record.</source>
        <translation>文件夹 {folder} 是只读的（比如上了锁的 U 盘或只读磁盘），里面没有照护记录，也无法在那里新建。请选择一个您可以写入的文件夹，或存放照护记录的那个文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (a locked USB stick or a read-only disk, say): the care record in it can be read, but nothing can be saved there. Copy the folder to a place you may write to and use it from there.</source>
        <translation>文件夹 {folder} 是只读的（比如上了锁的 U 盘或只读磁盘）：其中的照护记录可以读取，但无法在那里保存任何内容。请把这个文件夹复制到您可以写入的位置，然后在那里使用。</translation>
    </message>
    <message>
        <source>The care record {path} is in use by another program (the Care Companion window, or another command) and did not become free; nothing was changed. Close the other program, or let it finish, and try again.</source>
        <translation>照护记录 {path} 正被另一个程序使用（Care Companion 的窗口，或另一条命令），一直没有空闲下来；没有做任何改动。请关闭那个程序，或等它完成，然后再试一次。</translation>
    </message>
    <message>
        <source>The care record {path} cannot be read ({reason}). Check that the file is there and that you may open it.</source>
        <translation>无法读取照护记录 {path}（{reason}）。请检查文件是否存在，以及您是否有权限打开它。</translation>
    </message>
    <message>
        <source>The file {path} is not a care record database. Move it out of the data folder, or choose another folder with --data-dir.</source>
        <translation>文件 {path} 不是照护记录数据库。请把它移出数据文件夹，或者用 --data-dir 选择另一个文件夹。</translation>
    </message>
    <message>
        <source>The care record {path} is protected by a password.</source>
        <translation>照护记录 {path} 受密码保护。</translation>
    </message>
    <message>
        <source>That password does not open the care record {path}.</source>
        <translation>这个密码打不开照护记录 {path}。</translation>
    </message>
    <message>
        <source>The care record {path} cannot be read ({reason}). Keep the file safe and restore it from a backup.</source>
        <translation>无法读取照护记录 {path}（{reason}）。请妥善保管这个文件，并从备份中恢复。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, such as America/New_York.</source>
        <translation>“{zone}”不是这台电脑认识的时区。请从列表中选择一个，比如 America/New_York。</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>出生日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be in the future.</source>
        <translation>确诊日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>The date of diagnosis cannot be before the date of birth.</source>
        <translation>确诊日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>请写下问题。</translation>
    </message>
    <message>
        <source>A name can have at most {most} characters; this one has {count}. Please shorten it.</source>
        <translation>名称最多只能有 {most} 个字符；此名称有 {count} 个字符。请缩短。</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>unknown section {names}; choose from {choices}</source>
        <translation>未知的部分 {names}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>unknown appendix {names}; choose from {choices}</source>
        <translation>未知的附录 {names}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>{option} {day} is outside the days a care record holds; give a day from {first} to {last}</source>
        <translation>{option} {day} 超出了照护记录所能包含的日期范围；请给出 {first} 至 {last} 之间的日期</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>--from {day} is in the future</source>
        <translation>--from {day} 是将来的日期</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name</source>
        <translation>{file} 是一个文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>saved the visit summary to {file}</source>
        <translation>已将就诊总结保存到 {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist. {advice}</source>
        <translation>文件夹 {folder} 不存在。{advice}</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}. {advice}</source>
        <translation>无法在文件夹 {folder} 中写入。{advice}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Visit summary</source>
        <translation>就诊总结</translation>
    </message>
    <message>
        <source>What the summary holds</source>
        <translation>摘要包含的内容</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>保存 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>在阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Since the last palliative care visit</source>
        <translation>自上次姑息治疗就诊以来</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>最近 14 天</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>自己选择日期</translation>
    </message>
    <message>
        <source>The summary cannot start after today.</source>
        <translation>摘要的开始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The summary cannot end after today.</source>
        <translation>摘要的结束日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>No palliative care visit is on the calendar before today, so the summary shows the last 30 days.</source>
        <translation>日历上今天之前没有姑息治疗就诊，所以总结显示的是最近 30 天。</translation>
    </message>
    <message>
        <source>The main concerns and the paper chosen here could not be kept for next time ({reason}); this summary has them as chosen. Free some disk space to keep them.</source>
        <translation>这里填写的主要担忧和选择的纸张无法保留到下次（{reason}）；这份摘要已按您的选择包含它们。请腾出一些磁盘空间以便保留。</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>第一天不能晚于最后一天。</translation>
    </message>
    <message>
        <source>The summary could not be made ({reason}).</source>
        <translation>无法生成总结（{reason}）。</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>页数：{count}</translation>
    </message>
    <message>
        <source>The summary could not be printed. Check that the printer is on and connected, or save the PDF and print it from there.</source>
        <translation>总结无法打印。请检查打印机是否已打开并连接好，或者先保存为 PDF，再从 PDF 打印。</translation>
    </message>
    <message>
        <source>Sent the visit summary to the printer.</source>
        <translation>已把就诊总结发送到打印机。</translation>
    </message>
    <message>
        <source>Save the visit summary</source>
        <translation>保存就诊总结</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the visit summary to {file}.</source>
        <translation>已将就诊总结保存到 {file}。</translation>
    </message>
    <message>
        <source>The summary could not be opened ({reason}).</source>
        <translation>无法打开总结（{reason}）。</translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>Visit summary</source>
        <translation>就诊总结</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Which days the summary covers.</source>
        <translation>总结涵盖哪些日子。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Main concerns (kept for next time)</source>
        <translation>主要担忧（会保留到下次）</translation>
    </message>
    <message>
        <source>&amp;1.</source>
        <translation>&amp;1.</translation>
    </message>
    <message>
        <source>First main concern</source>
        <translation>第一个主要担忧</translation>
    </message>
    <message>
        <source>For example: breathless when walking to the bathroom</source>
        <translation>例如：走去卫生间时喘不上气</translation>
    </message>
    <message>
        <source>&amp;2.</source>
        <translation>&amp;2.</translation>
    </message>
    <message>
        <source>Second main concern</source>
        <translation>第二个主要担忧</translation>
    </message>
    <message>
        <source>&amp;3.</source>
        <translation>&amp;3.</translation>
    </message>
    <message>
        <source>Third main concern</source>
        <translation>第三个主要担忧</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>各个部分</translation>
    </message>
    <message>
        <source>Main &amp;concerns</source>
        <translation>主要担忧(&amp;C)</translation>
    </message>
    <message>
        <source>Diary &amp;notes</source>
        <translation>日记备注(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ymptoms and trends</source>
        <translation>症状和趋势(&amp;Y)</translation>
    </message>
    <message>
        <source>Upcoming &amp;appointments</source>
        <translation>即将到来的预约(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Breakthrough doses</source>
        <translation>解救剂量(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Questions for this visit</source>
        <translation>这次就诊要问的问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>用药(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Key contacts</source>
        <translation>主要联系人(&amp;K)</translation>
    </message>
    <message>
        <source>What the summary holds</source>
        <translation>摘要包含的内容</translation>
    </message>
    <message>
        <source>Page 1: symptom scores and trends, vital signs, breakthrough doses, medicines and the alerts raised. Page 2: appointments, questions, key contacts, the diary notes marked for the team or written on a day with a severe score (newest first, as many as fit), and a box for the plan.</source>
        <translation>第 1 页：症状评分和趋势、生命体征、爆发痛用药、药物以及提醒。第 2 页：预约、问题、重要联系人、标记给医疗团队或在有严重评分当天写的日记备注（最新的在前，放得下多少就放多少），以及一个记录计划的方框。</translation>
    </message>
    <message>
        <source>Add a&amp;ll diary notes as an appendix</source>
        <translation>将全部日记备注作为附录加入(&amp;L)</translation>
    </message>
    <message>
        <source>All diary notes appendix</source>
        <translation>全部日记备注附录</translation>
    </message>
    <message>
        <source>Add every breakthrough &amp;dose as an appendix</source>
        <translation>将全部爆发痛用药作为附录加入(&amp;D)</translation>
    </message>
    <message>
        <source>Every breakthrough dose appendix</source>
        <translation>全部爆发痛用药附录</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>纸张大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
</context>
<context>
    <name>SupplyFields</name>
    <message>
        <source>Supply</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>Doses on hand</source>
        <translation>手头剂数</translation>
    </message>
    <message>
        <source>Count them and type the number; each dose given counts it down.</source>
        <translation>请清点后填写数量；每给一剂会自动减一。</translation>
    </message>
    <message>
        <source>the usual {days}</source>
        <translation>默认 {days}</translation>
    </message>
    <message>
        <source>Days before running out to remind</source>
        <translation>用完前几天提醒</translation>
    </message>
    <message>
        <source>&amp;Doses on hand:</source>
        <translation>手头剂数(&amp;D)：</translation>
    </message>
    <message>
        <source>Remind to re&amp;fill:</source>
        <translation>提醒续药(&amp;F)：</translation>
    </message>
    <message>
        <source>days before they run out</source>
        <translation>天（在用完之前）</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The text of this file cannot be read: it is not saved as UTF-8, UTF-16 or Windows-1252 (Western European) text, or it is damaged. Save it again as UTF-8 and import it again; nothing was imported.</source>
        <translation>无法读取此文件的文字：它不是以 UTF-8、UTF-16 或 Windows-1252（西欧）文本保存的，或者已经损坏。请将它重新另存为 UTF-8 后再导入；没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Answer a dose</source>
        <translation>记录一剂</translation>
    </message>
    <message>
        <source>Change an answer</source>
        <translation>更改记录</translation>
    </message>
    <message>
        <source>{medicine}, due {when}</source>
        <translation>{medicine}，应在 {when}</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已给药</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Was the dose given?</source>
        <translation>这剂药给了吗？</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>情况(&amp;H)：</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>给药时间</translation>
    </message>
    <message>
        <source>A dose cannot be given in the future.</source>
        <translation>给药时间不能在将来。</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>Set the time given to now</source>
        <translation>将给药时间设为现在</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>给药时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>谁给的药</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>&amp;Who gave it:</source>
        <translation>谁给的药(&amp;W)：</translation>
    </message>
    <message>
        <source>Dose given, if different from the list</source>
        <translation>实际剂量（如与药物清单不同）</translation>
    </message>
    <message>
        <source>As on the medicine list: {medicine}</source>
        <translation>与药物清单相同：{medicine}</translation>
    </message>
    <message>
        <source>&amp;Dose, if different:</source>
        <translation>剂量（如不同）(&amp;D)：</translation>
    </message>
    <message>
        <source>Reason it was not given</source>
        <translation>未给药的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The answer could not be saved ({reason}). Check that the disk is not full and try again; what you chose is still here.</source>
        <translation>无法保存记录（{reason}）。请检查磁盘是否已满后重试；您的选择仍保留在这里。</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>{when}: answered</source>
        <translation>{when}：已记录</translation>
    </message>
    <message>
        <source>{when}: {field} changed from “{old}” to “{new}”</source>
        <translation>{when}：{field}从“{old}”改为“{new}”</translation>
    </message>
    <message>
        <source>No changes since.</source>
        <translation>此后没有更改。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>time given</source>
        <translation>给药时间</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>给药人</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>延迟给药</translation>
    </message>
    <message>
        <source>{time}, {medicine}: {state}</source>
        <translation>{time}，{medicine}：{state}</translation>
    </message>
    <message>
        <source>Enter: change the answer.</source>
        <translation>Enter：更改记录。</translation>
    </message>
    <message>
        <source>S: skipped. Enter: answer with the time, who and a note.</source>
        <translation>S：跳过。Enter：填写时间、给药人和备注。</translation>
    </message>
    <message>
        <source>G: given now. S: skipped. Enter: answer with the time, who and a note.</source>
        <translation>G：现在已给药。S：跳过。Enter：填写时间、给药人和备注。</translation>
    </message>
    <message>
        <source>Given now</source>
        <translation>现在已给药</translation>
    </message>
    <message>
        <source>Given now: {medicine}, due {time}</source>
        <translation>现在已给药：{medicine}，应在 {time}</translation>
    </message>
    <message>
        <source>Given now (key G)</source>
        <translation>现在已给药（G 键）</translation>
    </message>
    <message>
        <source>Skipped: {medicine}, due {time}</source>
        <translation>跳过：{medicine}，应在 {time}</translation>
    </message>
    <message>
        <source>Skipped (key S)</source>
        <translation>跳过（S 键）</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>更改...</translation>
    </message>
    <message>
        <source>Answer...</source>
        <translation>记录...</translation>
    </message>
    <message>
        <source>Answer or change: {medicine}, due {time}</source>
        <translation>记录或更改：{medicine}，应在 {time}</translation>
    </message>
    <message>
        <source>Time given, who gave it, dose, reason, note (Enter)</source>
        <translation>给药时间、给药人、剂量、原因、备注（Enter）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今天，{day}</translation>
    </message>
    <message>
        <source>What is due now, what was given and by whom, and whom to call.</source>
        <translation>现在该做什么、已给了什么药、由谁给的，以及该联系谁。</translation>
    </message>
    <message>
        <source>Symptom alert</source>
        <translation>症状警示</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>No medicine has a schedule set up yet. Set the times in the Symptom diary tab, under Medicines; the doses of the day then show here.</source>
        <translation>还没有药物设置服药时间。请在“症状日记”标签页的“药物”中设置时间，当天的剂量就会显示在这里。</translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation>今天的剂量</translation>
    </message>
    <message>
        <source>The medicine times are set up. No dose is due today.</source>
        <translation>服药时间已设置好。今天没有要服的剂量。</translation>
    </message>
    <message>
        <source>Who is giving the doses now</source>
        <translation>现在由谁给药</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>给药人(&amp;G)：</translation>
    </message>
    <message>
        <source>On a dose: G for given now, S for skipped, Enter for the details.</source>
        <translation>在某一剂上：按 G 表示现在已给药，按 S 表示跳过，按 Enter 填写详情。</translation>
    </message>
    <message>
        <source>No scheduled doses today.</source>
        <translation>今天没有按时服用的剂量。</translation>
    </message>
    <message>
        <source>Not logged yet, from the days before</source>
        <translation>前几天尚未记录的剂量</translation>
    </message>
    <message>
        <source>Nobody answered these doses. Say what happened, or leave them as not logged.</source>
        <translation>这些剂量没有人记录。请说明发生了什么，或保留为未记录。</translation>
    </message>
    <message>
        <source>given: {medicine}</source>
        <translation>已给药：{medicine}</translation>
    </message>
    <message>
        <source>skipped: {medicine}</source>
        <translation>跳过：{medicine}</translation>
    </message>
    <message>
        <source>Refill of {medicine} logged.</source>
        <translation>已记录{medicine}的补药。</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>按需用药</translation>
    </message>
    <message>
        <source>Limit reached: {medicine}</source>
        <translation>已达上限：{medicine}</translation>
    </message>
    <message>
        <source>Scores to record after a dose</source>
        <translation>用药后待记录的评分</translation>
    </message>
    <message>
        <source>{medicine} at {time} by {who}: how is the {symptom} now?</source>
        <translation>{time} 由{who}给的{medicine}：现在{symptom}怎么样？</translation>
    </message>
    <message>
        <source>{medicine} at {time}: how is the {symptom} now?</source>
        <translation>{time} 的{medicine}：现在{symptom}怎么样？</translation>
    </message>
    <message>
        <source>Record the score after...</source>
        <translation>记录用药后的评分...</translation>
    </message>
    <message>
        <source>Record the score after the dose of {medicine} at {time}</source>
        <translation>记录 {time} {medicine}用药后的评分</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>补药</translation>
    </message>
    <message>
        <source>Once it is collected, count the doses on hand in the medicine&apos;s form.</source>
        <translation>取药后，请在这种药的表单里清点现有剂数。</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次就诊</translation>
    </message>
    <message>
        <source>No appointment coming up on the calendar.</source>
        <translation>日历上没有即将到来的预约。</translation>
    </message>
    <message>
        <source>Going on now: {title}, until {time}</source>
        <translation>正在进行：{title}，至 {time}</translation>
    </message>
    <message>
        <source>Next appointment: {title}, {when}</source>
        <translation>下次预约：{title}，{when}</translation>
    </message>
    <message>
        <source>Where: {location}</source>
        <translation>地点：{location}</translation>
    </message>
    <message>
        <source>No questions waiting for the next visit.</source>
        <translation>没有等待下次就诊时提出的问题。</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>该联系谁</translation>
    </message>
    <message>
        <source>No one is marked to call first for symptoms yet: choose them in the Care team tab.</source>
        <translation>还没有标记出现症状时首先联系的人：请在“照护团队”标签页中选择。</translation>
    </message>
    <message>
        <source>Call first for symptoms: {name}</source>
        <translation>出现症状时首先联系：{name}</translation>
    </message>
    <message>
        <source>Office hours: {numbers}</source>
        <translation>办公时间：{numbers}</translation>
    </message>
    <message>
        <source>After hours: {numbers}</source>
        <translation>非办公时间：{numbers}</translation>
    </message>
    <message>
        <source>No after-hours number for them in the Care team tab.</source>
        <translation>“照护团队”标签页中没有此人的非办公时间号码。</translation>
    </message>
    <message>
        <source>In an emergency, call 911 (or your local emergency number).</source>
        <translation>紧急情况请拨打 911（或当地急救电话）。</translation>
    </message>
    <message>
        <source>Given at {time} for {due}, before the times were changed: check before giving another</source>
        <translation>已于 {time} 给药（原定 {due}，在更改时间之前）：再给一剂前请先核实</translation>
    </message>
    <message>
        <source>Overdue: not logged</source>
        <translation>已过时：未记录</translation>
    </message>
    <message>
        <source>Due now: not logged</source>
        <translation>现在该服：未记录</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Given at {time} by {who}</source>
        <translation>{time} 由{who}给药</translation>
    </message>
    <message>
        <source>Given at {time}</source>
        <translation>{time} 已给药</translation>
    </message>
    <message>
        <source>Given late, at {time}, by {who}</source>
        <translation>延迟给药，{time}，由{who}</translation>
    </message>
    <message>
        <source>Given late, at {time}</source>
        <translation>延迟给药，{time}</translation>
    </message>
    <message>
        <source>Refused ({reason})</source>
        <translation>拒绝（{reason}）</translation>
    </message>
    <message>
        <source>Skipped ({reason})</source>
        <translation>跳过（{reason}）</translation>
    </message>
    <message>
        <source>{medicine}: first dose tomorrow at {time}.</source>
        <translation>{medicine}：第一次服药在明天 {time}。</translation>
    </message>
    <message>
        <source>{medicine}: next dose tomorrow at {time}.</source>
        <translation>{medicine}：下一次服药在明天 {time}。</translation>
    </message>
    <message>
        <source>{medicine}: first dose on {date} at {time}.</source>
        <translation>{medicine}：第一次服药在 {date} {time}。</translation>
    </message>
    <message>
        <source>{medicine}: next dose on {date} at {time}.</source>
        <translation>{medicine}：下一次服药在 {date} {time}。</translation>
    </message>
    <message>
        <source>Talk to the care team before any more of it: no one is marked to call first yet (choose them in the Care team tab).</source>
        <translation>再用之前请先联系照护团队：还没有标记首先联系的人（请在“照护团队”标签页中选择）。</translation>
    </message>
    <message>
        <source>Talk to {name} ({number}) before any more of it.</source>
        <translation>再用之前请先联系{name}（{number}）。</translation>
    </message>
    <message>
        <source>Talk to {name} before any more of it.</source>
        <translation>再用之前请先联系{name}。</translation>
    </message>
    <message>
        <source>Last dose {time} by {who} ({origin}).</source>
        <translation>上次用药：{time}，由{who}给药（{origin}）。</translation>
    </message>
    <message>
        <source>Last dose {time} ({origin}).</source>
        <translation>上次用药：{time}（{origin}）。</translation>
    </message>
    <message>
        <source>Last dose {time} by {who}.</source>
        <translation>上次用药：{time}，由{who}给药。</translation>
    </message>
    <message>
        <source>Last dose {time}.</source>
        <translation>上次用药：{time}。</translation>
    </message>
    <message>
        <source>No dose in the last 7 days.</source>
        <translation>过去 7 天没有用药。</translation>
    </message>
    <message>
        <source>Nothing was logged: the supply of {medicine} was changed in another window since this page showed it. The page now shows the supply as it is: log the refill only if it is still needed.</source>
        <translation>未记录任何内容：此页显示后，{medicine}的存量已在另一个窗口中被更改。此页现在显示的是当前存量：仅在仍需要时再记录补药。</translation>
    </message>
    <message>
        <source>Last dose {time} by {who} ({origin}), {ago} ago.</source>
        <translation>上次用药：{time}，由{who}给药（{origin}），{ago}前。</translation>
    </message>
    <message>
        <source>The refill could not be saved ({reason}). Nothing was logged: try again once this is put right.</source>
        <translation>无法保存补药记录（{reason}）。没有记下任何内容：问题解决后请再试一次。</translation>
    </message>
    <message>
        <source>The answer could not be saved ({reason}). Nothing was logged: the dose still shows as not answered. If it was given, write down the time on paper for now, and log it once this is put right.</source>
        <translation>无法保存记录（{reason}）。没有记下任何内容：这一剂仍显示为未回答。如果已经给药，请先把时间写在纸上，问题解决后再记录。</translation>
    </message>
    <message>
        <source>Last dose {time} ({origin}), {ago} ago.</source>
        <translation>上次用药：{time}（{origin}），{ago}前。</translation>
    </message>
    <message>
        <source>Last dose {time} by {who}, {ago} ago.</source>
        <translation>上次用药：{time}，由{who}给药，{ago}前。</translation>
    </message>
    <message>
        <source>Last dose {time}, {ago} ago.</source>
        <translation>上次用药：{time}，{ago}前。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock now shows an earlier time (its clock or time zone was changed since), so the time since that dose is not known here.</source>
        <translation>这台电脑的时钟现在显示的时间更早（之后更改过时钟或时区），因此这里无法得知距那次用药已过去多久。</translation>
    </message>
    <message>
        <source>Another dose now would come sooner than the {interval} between doses entered from the prescription (that time ends at {time}).</source>
        <translation>现在再用一剂，会早于按处方记录的两次用药间隔 {interval}（该间隔到 {time} 结束）。</translation>
    </message>
    <message>
        <source>{medicine}: no doses left on hand.</source>
        <translation>{medicine}：家中已没有剩余剂量。</translation>
    </message>
    <message>
        <source>enough for less than a day.</source>
        <translation>不够用一天。</translation>
    </message>
    <message>
        <source>Pharmacy: {pharmacy}</source>
        <translation>药房：{pharmacy}</translation>
    </message>
    <message>
        <source>No pharmacy in the profile yet: add it with the Edit profile button at the top.</source>
        <translation>资料中还没有药房：请用顶部的“编辑资料”按钮添加。</translation>
    </message>
</context>
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>Refill collected (%n doses)</source>
        <translation>
            <numerusform>已取到补药（%n 剂）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refill of {medicine} collected: add %n doses</source>
        <translation>
            <numerusform>已取到{medicine}的补药：增加 %n 剂</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions waiting for the next visit.</source>
        <translation>
            <numerusform>有 %n 个问题等待下次就诊时提出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses in the last 24 hours.</source>
        <translation>
            <numerusform>过去 24 小时内 %n 剂。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and more than that have been given.</source>
        <translation>
            <numerusform>按记录的处方，24 小时内最多 %n 剂，现已给过的超过这个数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescription, as entered, allows at most %n doses in 24 hours, and that many have been given.</source>
        <translation>
            <numerusform>按记录的处方，24 小时内最多 %n 剂，现已全部给过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses on hand,</source>
        <translation>
            <numerusform>家中还有 %n 剂，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enough for about %n days.</source>
        <translation>
            <numerusform>约够 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackersDialog</name>
    <message>
        <source>Trackers</source>
        <translation>跟踪项</translation>
    </message>
    <message>
        <source>Symptoms the family follows besides the nine ESAS-r ones. A tracker you stop following leaves the form of new entries; its past scores stay in the diary, the trends, the export and the visit summary.</source>
        <translation>家人在 ESAS-r 的九项症状之外跟踪的症状。停止跟踪某一项后，新记录的表单里不再出现它；它以前的评分仍保留在日记、趋势、导出文件和就诊总结中。</translation>
    </message>
    <message>
        <source>No trackers yet. To follow another symptom, such as cough or constipation, click New entry in the diary, then Follow another symptom in the entry.</source>
        <translation>还没有跟踪项。要跟踪另一种症状（例如咳嗽或便秘），请在日记中点击“新建记录”，然后在记录中点击“跟踪另一种症状”。</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New name of the selected tracker</source>
        <translation>所选跟踪项的新名称</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected tracker</source>
        <translation>重命名所选跟踪项</translation>
    </message>
    <message>
        <source>&amp;Stop following</source>
        <translation>停止跟踪(&amp;S)</translation>
    </message>
    <message>
        <source>Stop following the selected tracker</source>
        <translation>停止跟踪所选跟踪项</translation>
    </message>
    <message>
        <source>&amp;Follow again</source>
        <translation>重新跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>Follow the selected tracker again</source>
        <translation>重新跟踪所选跟踪项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the trackers window</source>
        <translation>关闭跟踪项窗口</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>跟踪中</translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>跟踪项</translation>
    </message>
    <message>
        <source>In new entries</source>
        <translation>新记录中</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Rename tracker {old} to {new}</source>
        <translation>把跟踪项 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>{step}: cannot be undone, as another tracker is now called {name}. Nothing was changed. To give this tracker that name again, first rename the other one in Edit &gt; Diary trackers.</source>
        <translation>{step}：无法撤销，因为现在已有另一个跟踪项叫“{name}”。没有做任何改动。若要让这个跟踪项重新使用该名称，请先在“编辑 &gt; 日记跟踪项”中把另一个重命名。</translation>
    </message>
    <message>
        <source>{step}: cannot be redone, as another tracker is now called {name}. Nothing was changed. To give this tracker that name, first rename the other one in Edit &gt; Diary trackers.</source>
        <translation>{step}：无法重做，因为现在已有另一个跟踪项叫“{name}”。没有做任何改动。若要让这个跟踪项使用该名称，请先在“编辑 &gt; 日记跟踪项”中把另一个重命名。</translation>
    </message>
    <message>
        <source>Follow tracker {name} again</source>
        <translation>重新跟踪 {name}</translation>
    </message>
    <message>
        <source>Stop following tracker {name}</source>
        <translation>停止跟踪 {name}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Score (0-10)</source>
        <translation>评分（0-10）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Breakthrough dose</source>
        <translation>解救剂量</translation>
    </message>
    <message>
        <source>No scores recorded in this period</source>
        <translation>这段时间内没有记录评分</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>&amp;Symptom:</source>
        <translation>症状(&amp;S)：</translation>
    </message>
    <message>
        <source>Symptom shown in the chart</source>
        <translation>图表中显示的症状</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>显示最近 7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>显示最近 30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>显示最近 90 天</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>显示所有记录</translation>
    </message>
    <message>
        <source>Symptom trend chart</source>
        <translation>症状趋势图</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message numerus="yes">
        <source>%Ln readings</source>
        <translation>
            <numerusform>%Ln 次测量</numerusform>
        </translation>
    </message>
    <message>
        <source>Other problem ({names})</source>
        <translation>其他问题（{names}）</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>自 {date} 以来</translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>最近%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has no scores in this period, though it has diary entries. To score it, open an entry (New entry, or Edit on a saved one) and give {name} a score from 0 to 10.</source>
        <translation>{name}在这段时间内没有评分，但日记中有记录。要为它评分，请打开一条记录（新建记录，或对已保存的记录点“编辑”），给{name}打一个 0 到 10 的分数。</translation>
    </message>
    <message>
        <source>{name} was not rated in this period&apos;s diary entries.</source>
        <translation>这段时间的日记记录中没有给{name}评分。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breakthrough doses</source>
        <translation>
            <numerusform>%Ln 次解救剂量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores</source>
        <translation>
            <numerusform>%Ln 次评分</numerusform>
        </translation>
    </message>
    <message>
        <source>{symptom}, {period}</source>
        <translation>{symptom}，{period}</translation>
    </message>
    <message>
        <source>No scores recorded in this period. Entries you add in the diary appear here.</source>
        <translation>这段时间内没有记录评分。您在日记中添加的记录会显示在这里。</translation>
    </message>
    <message>
        <source>no breakthrough doses</source>
        <translation>无解救剂量</translation>
    </message>
    <message>
        <source>{doses} in this period.</source>
        <translation>这段时间内用了 {doses}。</translation>
    </message>
    <message>
        <source>{title}: {count}, average {average}, highest {highest} on {highest_day}, latest {latest} on {latest_day}; {doses}.</source>
        <translation>{title}：{count}，平均 {average}，最高 {highest}（{highest_day}），最近一次 {latest}（{latest_day}）；{doses}。</translation>
    </message>
    <message>
        <source>{vital} ({unit})</source>
        <translation>{vital}（{unit}）</translation>
    </message>
    <message>
        <source>No readings recorded in this period</source>
        <translation>此期间没有记录测量值</translation>
    </message>
    <message>
        <source>No readings recorded in this period. Measurements you add in the diary appear here.</source>
        <translation>此期间没有记录测量值。您在日记中添加的测量值会显示在这里。</translation>
    </message>
    <message>
        <source>{title}: {count}, lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}, latest {latest} on {latest_day}.</source>
        <translation>{title}：{count}，最低 {lowest}（{lowest_day}），最高 {highest}（{highest_day}），最近一次 {latest}（{latest_day}）。</translation>
    </message>
</context>
<context>
    <name>TrendVitals</name>
    <message>
        <source>beats/min</source>
        <translation>次/分钟</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>磅</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>血氧饱和度</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
</context>
<context>
    <name>TypedValues</name>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, for example {example}.</source>
        <translation>“{text}”不是日期。请按 {hint} 的格式输入，例如 {example}。</translation>
    </message>
    <message>
        <source>Type the year with all four digits, as {hint} (for example {example}).</source>
        <translation>请输入完整的四位年份，格式为 {hint}（例如 {example}）。</translation>
    </message>
    <message>
        <source>There is no such date as “{text}”. Type it as {hint}.</source>
        <translation>不存在“{text}”这个日期。请按 {hint} 的格式输入。</translation>
    </message>
    <message>
        <source>Dates before 1900 cannot be kept in the record.</source>
        <translation>记录中不能保存1900年以前的日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type it as {example}.</source>
        <translation>“{text}”不是时间。请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <source>“{text}” is not a time: with AM or PM the hour is 1 to 12.</source>
        <translation>“{text}”不是时间：使用上午或下午时，小时应为1到12。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} 已锁定</translation>
    </message>
    <message>
        <source>This care record is protected by a password. Type it to open the record.</source>
        <translation>这份照护记录受密码保护。请输入密码来打开记录。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the care record</source>
        <translation>解锁照护记录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Care Companion</source>
        <translation>退出 Care Companion</translation>
    </message>
    <message>
        <source>Type the password, then press Unlock.</source>
        <translation>请输入密码，然后点击“解锁”。</translation>
    </message>
    <message>
        <source>(Try {count}. The keyboard may also be set to another language.)</source>
        <translation>（第 {count} 次尝试。键盘也可能被设置成了其他语言。）</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Close without saving?</source>
        <translation>不保存就关闭？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and lose those changes, or keep editing and save them?</source>
        <translation>您在此表单中输入的内容尚未保存。要关闭表单并丢失这些更改，还是继续编辑并保存？</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存就关闭</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>This file is too large to be a contacts file (over {size} MB); choose the vCard (.vcf) file you exported from your address book.</source>
        <translation>这个文件太大，不可能是联系人文件（超过 {size} MB）；请选择您从通讯录导出的 vCard（.vcf）文件。</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <source>it was cut off before the end of the card</source>
        <translation>名片在结尾之前就中断了</translation>
    </message>
    <message>
        <source>it is a group of contacts (a list of members), not a person or a place</source>
        <translation>它是一个联系人分组（成员列表），不是某个人或地点</translation>
    </message>
    <message>
        <source>This file is empty: it holds no contacts, so nothing was imported. Choose a vCard (.vcf) file with the contacts in it.</source>
        <translation>这个文件是空的：里面没有联系人，所以没有导入任何内容。请选择一个包含联系人的 vCard（.vcf）文件。</translation>
    </message>
    <message>
        <source>This is not a vCard file; in your address book or email program, export the contacts as a vCard (.vcf) file and choose that file instead.</source>
        <translation>这不是 vCard 文件；请在您的通讯录或电子邮件程序中把联系人导出为 vCard（.vcf）文件，然后改选那个文件。</translation>
    </message>
    <message>
        <source>Website: {url}</source>
        <translation>网站：{url}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Lang&amp;uage</source>
        <translation>语言(&amp;U)</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>与电脑相同</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Same as the computer (light or dark)</source>
        <translation>与电脑相同（浅色或深色）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>the patient</source>
        <translation>患者本人</translation>
    </message>
    <message>
        <source>the family caregiver</source>
        <translation>家庭照护者</translation>
    </message>
    <message>
        <source>a health professional</source>
        <translation>医护人员</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>就诊总结</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>出生于 {date}</translation>
    </message>
    <message>
        <source>{start} to {end} ({days})</source>
        <translation>{start} 至 {end}（{days}）</translation>
    </message>
    <message>
        <source>{date} (one day)</source>
        <translation>{date}（一天）</translation>
    </message>
    <message>
        <source>Prepared by {name} (family caregiver) on {date}</source>
        <translation>整理人：{name}（家庭照护者），整理日期：{date}</translation>
    </message>
    <message>
        <source>Prepared by the family caregiver on {date}</source>
        <translation>整理人：家庭照护者，整理日期：{date}</translation>
    </message>
    <message>
        <source>Recorded at home by the family with Care Companion, which reports and does not advise.</source>
        <translation>由家人在家中用 Care Companion 记录；Care Companion 只做汇总，不提供建议。</translation>
    </message>
    <message>
        <source>Diagnosis: {text}</source>
        <translation>诊断：{text}</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>过敏：{text}</translation>
    </message>
    <message>
        <source>Allergies: not entered in this record.</source>
        <translation>过敏：本记录中尚未填写。</translation>
    </message>
    <message>
        <source>Main concerns</source>
        <translation>主要担忧</translation>
    </message>
    <message>
        <source>Symptoms (ESAS-r)</source>
        <translation>症状（ESAS-r）</translation>
    </message>
    <message>
        <source>Diary entries: {count}; completed by: {who}.</source>
        <translation>日记记录：{count} 条；填写人：{who}。</translation>
    </message>
    <message>
        <source>Change: this period&apos;s average minus the average of {start} to {end} (in brackets).</source>
        <translation>变化：本期平均分减去 {start} 至 {end} 的平均分（括号内）。</translation>
    </message>
    <message>
        <source>No symptom scores were recorded in this period.</source>
        <translation>这段时间内没有记录症状评分。</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>no earlier scores</source>
        <translation>没有更早的评分</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Other problem: {name}</source>
        <translation>其他问题：{name}</translation>
    </message>
    <message>
        <source>{name} (family&apos;s tracker)</source>
        <translation>{name}（家人自设的跟踪项）</translation>
    </message>
    <message>
        <source>Shading: severity bands (Selby et al. 2010)</source>
        <translation>底色：严重程度分级（Selby 等，2010）</translation>
    </message>
    <message>
        <source>Scores 0 to 10; higher is worse on every line (wellbeing: 0 is best).</source>
        <translation>评分为 0 到 10；每一行都是分数越高越差（整体感觉：0 为最好）。</translation>
    </message>
    <message>
        <source>Trends of the symptoms in the moderate or severe band, or that changed most.</source>
        <translation>处于中度或重度范围、或者变化最大的症状的趋势。</translation>
    </message>
    <message>
        <source>Breakthrough doses</source>
        <translation>解救剂量</translation>
    </message>
    <message>
        <source>No breakthrough doses were recorded in this period.</source>
        <translation>这段时间内没有记录解救剂量。</translation>
    </message>
    <message>
        <source>Doses given: {count}, {average} a day on average, at most {most} in one day.</source>
        <translation>用药次数：{count} 次，平均每天 {average} 次，一天最多 {most} 次。</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{count} × {medicine} {dose}</source>
        <translation>{count} × {medicine} {dose}</translation>
    </message>
    <message>
        <source>Reasons recorded: {list}</source>
        <translation>记录的原因：{list}</translation>
    </message>
    <message>
        <source>Symptom not named</source>
        <translation>未注明症状</translation>
    </message>
    <message>
        <source>Doses with no score after: {count}</source>
        <translation>没有用药后评分的用药：{count} 次</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>用药</translation>
    </message>
    <message>
        <source>Medicine list on {date}</source>
        <translation>{date} 的用药清单</translation>
    </message>
    <message>
        <source>No medicines are on the list.</source>
        <translation>清单上没有药物。</translation>
    </message>
    <message>
        <source>Medicine and what for</source>
        <translation>药物及用途</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>用药频次</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>开药医生</translation>
    </message>
    <message>
        <source>as needed: {schedule}</source>
        <translation>按需: {schedule}</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times}（{days}）</translation>
    </message>
    <message>
        <source>{words} ({times})</source>
        <translation>{words}（{times}）</translation>
    </message>
    <message>
        <source>at least {interval} between doses</source>
        <translation>两次用药至少间隔 {interval}</translation>
    </message>
    <message>
        <source>at most {count} in 24 hours</source>
        <translation>24 小时内最多 {count} 剂</translation>
    </message>
    <message>
        <source>Started, stopped or changed in this period</source>
        <translation>这段时间内开始、停用或调整的药物</translation>
    </message>
    <message>
        <source>No medicine was started, stopped or changed in this period.</source>
        <translation>这段时间内没有开始、停用或调整任何药物。</translation>
    </message>
    <message>
        <source>Added to the app, started, stopped or changed in this period</source>
        <translation>这段时间内加入应用、开始、停用或调整的药物</translation>
    </message>
    <message>
        <source>Added to the app</source>
        <translation>加入应用</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Times changed</source>
        <translation>服药时间有变动</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>详细信息有变动</translation>
    </message>
    <message>
        <source>Notes marked for the team</source>
        <translation>标记给团队的备注</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>这段时间内没有写备注。</translation>
    </message>
    <message>
        <source>No notes were marked for the team in this period.</source>
        <translation>这段时间内没有标记给团队的备注。</translation>
    </message>
    <message>
        <source>for the team</source>
        <translation>告知团队</translation>
    </message>
    <message>
        <source>Upcoming appointments (next four weeks)</source>
        <translation>即将到来的预约（接下来四周）</translation>
    </message>
    <message>
        <source>Nothing is booked in the next four weeks.</source>
        <translation>接下来四周内没有安排。</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation>这次就诊要问的问题</translation>
    </message>
    <message>
        <source>No open questions for this visit.</source>
        <translation>这次就诊没有未解答的问题。</translation>
    </message>
    <message>
        <source>Ask: {who}</source>
        <translation>问：{who}</translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Plan agreed at this visit</source>
        <translation>这次就诊商定的计划</translation>
    </message>
    <message>
        <source>For the care team to write in.</source>
        <translation>由照护团队填写。</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>{limit} or more</source>
        <translation>{limit} 或以上</translation>
    </message>
    <message>
        <source>under {limit}</source>
        <translation>低于 {limit}</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>(readings)</source>
        <translation>（测量次数）</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>超过阈值</translation>
    </message>
    <message>
        <source>Severe scores ({at} or more)</source>
        <translation>严重评分（{at} 分或以上）</translation>
    </message>
    <message>
        <source>Sharp rises ({by} or more over the average of the {days} days before)</source>
        <translation>急剧上升（比之前 {days} 天的平均值高 {by} 分或以上）</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发烧</translation>
    </message>
    <message>
        <source>Low oxygen saturation</source>
        <translation>血氧饱和度低</translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}</source>
        <translation>
            <numerusform>{name} %n 次，最近一次 {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, highest {reading}</source>
        <translation>
            <numerusform>{name} %n 次，最近一次 {day}，最高 {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} %n times, last {day}, lowest {reading}</source>
        <translation>
            <numerusform>{name} %n 次，最近一次 {day}，最低 {reading}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more symptoms</source>
        <translation>
            <numerusform>以及另外 %n 个症状</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts raised in the period</source>
        <translation>该时间段内的提醒</translation>
    </message>
    <message>
        <source>No alert was raised in the period.</source>
        <translation>该时间段内没有提醒。</translation>
    </message>
    <message numerus="yes">
        <source>in %n diary entries</source>
        <translation>
            <numerusform>来自 %n 条日记</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: all diary notes</source>
        <translation>附录：全部日记备注</translation>
    </message>
    <message>
        <source>Appendix: every breakthrough dose</source>
        <translation>附录：全部爆发痛用药</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>用药时间</translation>
    </message>
    <message>
        <source>Medicine and dose</source>
        <translation>药物和剂量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Score before → after</source>
        <translation>用药前 → 用药后评分</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n 次用药</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>最新的在前。</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments in the next four weeks are on the calendar.</source>
        <translation>
            <numerusform>未来四周还有 %n 个预约在日历中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more after-hours numbers are on the “Who to call” sheet.</source>
        <translation>
            <numerusform>另有 %n 个非工作时间电话在“联系谁”表上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often between {start} and {end}: %n of {total} doses.</source>
        <translation>
            <numerusform>最常在 {start} 到 {end} 之间：{total} 次中的 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Average score before → after a dose (doses with both scores): {list}</source>
        <translation>用药前 → 用药后的平均评分（有两次评分的用药）：{list}</translation>
    </message>
    <message>
        <source>Doses each day</source>
        <translation>每天的用药次数</translation>
    </message>
    <message>
        <source>Doses by hour of the day</source>
        <translation>按一天中各小时的用药次数</translation>
    </message>
    <message numerus="yes">
        <source>%n more of these notes did not fit here; add the appendix of all diary notes to print every one.</source>
        <translation>
            <numerusform>另有 %n 条这类备注这里放不下；加上全部日记备注的附录即可全部打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary notes for the team and from days with a severe score</source>
        <translation>给医疗团队的日记备注和有严重评分那天的备注</translation>
    </message>
    <message numerus="yes">
        <source>%n notes written in this period</source>
        <translation>
            <numerusform>这段时间共写了 %n 条备注</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes written in this period</source>
        <translation>这段时间没有写备注</translation>
    </message>
    <message>
        <source>No note was marked for the team or written on a day with a severe score.</source>
        <translation>没有标记给医疗团队的备注，也没有在有严重评分那天写的备注。</translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions did not fit here; the app lists them all.</source>
        <translation>
            <numerusform>另有 %n 个待问问题这里放不下；应用中列出了全部问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>… (continues in the app)</source>
        <translation>……（其余内容见应用）</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>睡着了</translation>
    </message>
    <message>
        <source>vomited</source>
        <translation>呕吐</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>未服</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Dose, how taken</source>
        <translation>剂量、服用方式</translation>
    </message>
    <message>
        <source>Scheduled doses counted from {day}, when the family began the medicine log.</source>
        <translation>定时剂量从{day}起计算，即家人开始记录用药的那天。</translation>
    </message>
    <message>
        <source>Scheduled doses in the period. Skipped or refused: {list}</source>
        <translation>该时间段内的定时用药。未服或拒绝：{list}</translation>
    </message>
</context>
<context>
    <name>WhoToCall</name>
    <message>
        <source>Who to call</source>
        <translation>该打给谁</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>为 {name} 准备</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>制作日期：{date}</translation>
    </message>
    <message>
        <source>In an emergency call 911 (or your local emergency number)</source>
        <translation>紧急情况请拨打 911（或当地的急救电话，例如中国大陆为 120）</translation>
    </message>
    <message>
        <source>Call first for symptoms</source>
        <translation>出现症状时首先联系</translation>
    </message>
    <message>
        <source>No one is marked “call first” yet. In the app, mark the person to call about new or worse symptoms.</source>
        <translation>还没有人被标记为“首先联系”。请在应用中标记出现新症状或症状加重时要打电话联系的人。</translation>
    </message>
    <message>
        <source>After-hours and 24-hour lines</source>
        <translation>非工作时间和 24 小时热线</translation>
    </message>
    <message>
        <source>No after-hours or 24-hour line has been added yet.</source>
        <translation>还没有添加非工作时间或 24 小时热线。</translation>
    </message>
    <message>
        <source>The care team</source>
        <translation>照护团队</translation>
    </message>
    <message>
        <source>No one has been added to the care team yet.</source>
        <translation>还没有人被添加到照护团队中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call about</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>Call about: {text}</source>
        <translation>联系事项：{text}</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Keep this sheet by the phone. Confirm numbers with the care team.</source>
        <translation>请把这张清单放在电话旁边。号码请与照护团队核实。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 中的一个</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
</context>
</TS>
