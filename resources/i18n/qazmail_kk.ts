<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="34"/>
        <source>Add mail account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="36"/>
        <source>Who are you?</source>
        <translation>Сіз кімсіз?</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="43"/>
        <source>Account name:</source>
        <translation>Есептік жазба атауы:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="44"/>
        <source>Your name:</source>
        <translation>Сіздің атыңыз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="45"/>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="46"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="48"/>
        <source>Servers</source>
        <translation>Серверлер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="58"/>
        <source>IMAP server:</source>
        <translation>IMAP сервері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="59"/>
        <source>IMAP port:</source>
        <translation>IMAP порты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="60"/>
        <source>SMTP server:</source>
        <translation>SMTP сервері:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="61"/>
        <source>SMTP port:</source>
        <translation>SMTP порты:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="62"/>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="63"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="81"/>
        <source>Insecure</source>
        <translation>Қауіпті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="81"/>
        <source>Plain text is allowed for loopback only.</source>
        <translation>Шифрлаусыз тек жергілікті серверге қосылуға болады.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="84"/>
        <source>Missing</source>
        <translation>Толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="84"/>
        <source>Give an account name and an e-mail address.</source>
        <translation>Есептік жазба атауын және эл. пошта мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="87"/>
        <source>Exists</source>
        <translation>Бар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="87"/>
        <source>An account with this name exists.</source>
        <translation>Мұндай атаумен есептік жазба бар.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="106"/>
        <source>No keyring</source>
        <translation>Құпиясөз қоймасы жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="108"/>
        <source>This system has no keyring: the password is kept for this session only and asked again later.</source>
        <translation>Жүйеде құпиясөз қоймасы жоқ: құпиясөз тек осы сеансқа сақталады және кейін қайта сұралады.</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="63"/>
        <source>New letter — QazMail</source>
        <translation>Жаңа хат — QazMail</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="75"/>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="76"/>
        <source>Cc:</source>
        <translation>Көшірме:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="77"/>
        <source>Bcc:</source>
        <translation>Жасырын көшірме:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="78"/>
        <source>Subject:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="90"/>
        <source>Sign with EDS</source>
        <translation>ЭЦҚ-мен қол қою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="100"/>
        <source>Sign each attachment (.sig)</source>
        <translation>Әр тіркемеге қол қою (.sig)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="107"/>
        <source>Attach…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="109"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="135"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="170"/>
        <source>No key</source>
        <translation>Кілт жоқ</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="170"/>
        <source>Add an EDS key in the key manager first.</source>
        <translation>Алдымен кілттер менеджерінде ЭЦҚ кілтін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="192"/>
        <location filename="../../qazmail_desktop/ui/compose.py" line="221"/>
        <source>Cannot send</source>
        <translation>Жіберу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="212"/>
        <source>Offline: the letter waits in the outbox and is sent at the next sync</source>
        <translation>Байланыс жоқ: хат шығыс қалтасында күтеді және келесі синхрондауда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="214"/>
        <source>The server refused the letter: %1</source>
        <translation>Сервер хатты қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/compose.py" line="216"/>
        <source>Letter sent</source>
        <translation>Хат жіберілді</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="144"/>
        <source>Welcome to QazMail</source>
        <translation>QazMail-ға қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="149"/>
        <source>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Mail with electronic digital signatures (EDS) of the NCA of Kazakhstan.&lt;/p&gt;&lt;p&gt;Try the demo: a mail server on this computer with demo letters and keys, or add your own mail account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QazMail&lt;/h2&gt;&lt;p&gt;Қазақстан ҰКО электрондық цифрлық қолтаңбасы (ЭЦҚ) бар пошта.&lt;/p&gt;&lt;p&gt;Демонстрацияны ашыңыз: осы компьютердегі демо хаттар мен кілттері бар пошта сервері, немесе өз есептік жазбаңызды қосыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="155"/>
        <source>Open the demo</source>
        <translation>Демонстрацияны ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="157"/>
        <source>Add my account</source>
        <translation>Менің есептік жазбамды қосу</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="44"/>
        <location filename="../../qazmail_desktop/ui/models.py" line="48"/>
        <source>Folders</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="76"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="77"/>
        <source>Sent</source>
        <translation>Жіберілгендер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="78"/>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="79"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="80"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="70"/>
        <source>EDS keys</source>
        <translation>ЭЦҚ кілттері</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="75"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="76"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="77"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="78"/>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="79"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="80"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="81"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="88"/>
        <source>Add key…</source>
        <translation>Кілт қосу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="90"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="109"/>
        <source>(open once to read)</source>
        <translation>(оқу үшін бір рет ашыңыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="121"/>
        <source>Renew the key at the NCA before it expires</source>
        <translation>Мерзімі өткенше ҰКО-да кілтті қайта шығарыңыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="127"/>
        <source>NCA key file</source>
        <translation>ҰКО кілт файлы</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="127"/>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Кілттер (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="137"/>
        <source>Cannot add the key</source>
        <translation>Кілтті қосу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="103"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="142"/>
        <source>Main</source>
        <translation>Басты</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Message</source>
        <translation>&amp;Хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="148"/>
        <source>New</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="149"/>
        <source>Get mail</source>
        <translation>Поштаны алу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="150"/>
        <source>Add account…</source>
        <translation>Есептік жазба қосу…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="152"/>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="153"/>
        <source>Reply all</source>
        <translation>Барлығына жауап</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="154"/>
        <source>Forward</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="155"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="156"/>
        <source>Move to…</source>
        <translation>Мұнда жылжыту…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="157"/>
        <source>Mark read/unread</source>
        <translation>Оқылды/оқылмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="158"/>
        <source>Flag</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="159"/>
        <source>Verify signatures again</source>
        <translation>Қолтаңбаларды қайта тексеру</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="160"/>
        <source>EDS keys…</source>
        <translation>ЭЦҚ кілттері…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="161"/>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="163"/>
        <source>Search: words, names, IIN, BIN…</source>
        <translation>Іздеу: сөздер, есімдер, ЖСН, БСН…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="285"/>
        <source>Sync cancelled: what was fetched is kept</source>
        <translation>Синхрондау тоқтатылды: алынғаны сақталды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="307"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>Синхрондау %1: %3 ішінен %2</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="319"/>
        <source>%1 new letters</source>
        <translation>Жаңа хаттар: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="326"/>
        <source>Mail is up to date</source>
        <translation>Пошта жаңартылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="336"/>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="336"/>
        <source>○ Offline — working from the cache</source>
        <translation>○ Байланыс жоқ — жергілікті көшірмемен жұмыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="343"/>
        <source>Add a mail account first.</source>
        <translation>Алдымен пошта есептік жазбасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="385"/>
        <source>Forwarded letter</source>
        <translation>Қайта жіберілген хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="422"/>
        <source>Move to</source>
        <translation>Жылжыту</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="422"/>
        <source>Folder:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/main_window.py" line="455"/>
        <source>%1 letters found</source>
        <translation>Табылған хаттар: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="163"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="164"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="165"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="166"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="170"/>
        <source>Unread, flagged, attachments</source>
        <translation>Оқылмаған, белгіленген, тіркемелер</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="170"/>
        <source>Electronic signature</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="193"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/models.py" line="210"/>
        <source>Signed; not checked yet</source>
        <translation>Қол қойылған; әлі тексерілмеген</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="33"/>
        <source>Key password</source>
        <translation>Кілт құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="35"/>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="39"/>
        <source>Keep for this session only</source>
        <translation>Тек осы сеансқа сақтау</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="63"/>
        <source>Show remote content</source>
        <translation>Сыртқы мазмұнды көрсету</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="76"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="77"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="93"/>
        <source>No letter selected</source>
        <translation>Хат таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="120"/>
        <source>%1 remote images or links were blocked to protect your privacy.</source>
        <translation>Құпиялылығыңызды қорғау үшін %1 сыртқы сурет немесе сілтеме бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="160"/>
        <source>Save attachment to folder</source>
        <translation>Тіркемені бумаға сақтау</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="166"/>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/reading.py" line="168"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="118"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="121"/>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="125"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/dialogs.py" line="126"/>
        <source>The language changes after a restart.</source>
        <translation>Тіл қайта іске қосқаннан кейін өзгереді.</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="39"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="41"/>
        <source>Attachment: %1</source>
        <translation>Тіркеме: %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="48"/>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="62"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="62"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="70"/>
        <source>Signed at</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="72"/>
        <source>Time-stamp</source>
        <translation>Уақыт белгісі</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="88"/>
        <source>Signature valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="89"/>
        <source>Document modified after signing</source>
        <translation>Құжат қол қойылғаннан кейін өзгертілді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="90"/>
        <source>Signature invalid</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="91"/>
        <source>Certificate revoked</source>
        <translation>Сертификат кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="92"/>
        <source>Certificate expired</source>
        <translation>Сертификаттың мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="93"/>
        <source>Certificate not yet valid</source>
        <translation>Сертификат әлі жарамсыз</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="94"/>
        <source>Untrusted certificate</source>
        <translation>Сенімсіз сертификат</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="95"/>
        <source>Unsupported algorithm</source>
        <translation>Алгоритм қолдау көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="96"/>
        <source>Damaged signature</source>
        <translation>Қолтаңба зақымдалған</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="102"/>
        <source>Signature details</source>
        <translation>Қолтаңба туралы мәлімет</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="107"/>
        <source>Signer %1</source>
        <translation>Қол қоюшы %1</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="110"/>
        <source>  Certificate chain:</source>
        <translation>  Сертификаттар тізбегі:</translation>
    </message>
    <message>
        <location filename="../../qazmail_desktop/ui/signature_panel.py" line="112"/>
        <source>  Revocation: %1</source>
        <translation>  Кері шақыру: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../qazmail_desktop/ui/keys.py" line="61"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
</context>
</TS>
