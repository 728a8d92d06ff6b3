<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AnswerFeedback</name>
    <message>
        <source>%1 (%2% of the point)</source>
        <extracomment>%1 an accepted answer, %2 the share of the point it earns, in percent</extracomment>
        <translation>%1 (%2% số điểm)</translation>
    </message>
</context>
<context>
    <name>AnswerOption</name>
    <message>
        <source>Correct — your choice</source>
        <translation>Đúng — bạn đã chọn</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Đáp án đúng</translation>
    </message>
    <message>
        <source>Your choice — not right</source>
        <translation>Bạn đã chọn — chưa đúng</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Vui lòng nhập tên của bạn.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>This lesson is not in the loaded content.</source>
        <translation>Bài học này không có trong nội dung đã tải.</translation>
    </message>
    <message>
        <source>This lesson cannot be shown:
%1</source>
        <translation>Không thể hiển thị bài học này:
%1</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>You put it at place %1</source>
        <translation>Bạn đã xếp ở vị trí %1</translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation>Bạn đã chọn: %1</translation>
    </message>
    <message>
        <source>Your match: %1</source>
        <translation>Bạn đã ghép với: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into the module &quot;%1&quot;.</source>
        <translation>
            <numerusform>Đã nhập %n câu hỏi vào học phần &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions are imported in instructor mode.</source>
        <translation>Chỉ nhập câu hỏi được ở chế độ giảng viên.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters); it has %2.</source>
        <translation>Tên quá dài (tối đa %1 ký tự); tên này có %2 ký tự.</translation>
    </message>
    <message>
        <source>The class code is too long (at most %1 characters).</source>
        <translation>Mã lớp quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>Bạn đã gõ: %1</translation>
    </message>
    <message>
        <source>Accepted answers: %1</source>
        <translation>Câu trả lời được chấp nhận: %1</translation>
    </message>
    <message>
        <source>These settings could not be saved; they apply only until the next sign-in or sign-out: %1</source>
        <translation>Không lưu được các cài đặt này; chúng chỉ áp dụng đến lần đăng nhập hoặc đăng xuất tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Safe online, ready to respond</source>
        <translation>An toàn trên mạng, sẵn sàng ứng phó</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>Lịch sử của bạn</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Từ điển thuật ngữ</translation>
    </message>
    <message>
        <source>Instructor mode</source>
        <translation>Chế độ giảng viên</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Leave instructor mode</source>
        <translation>Thoát chế độ giảng viên</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Bàn phím</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Phím tắt (F1)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Display settings: text size, contrast, motion, read aloud</source>
        <translation>Cài đặt hiển thị: cỡ chữ, độ tương phản, chuyển động, đọc to</translation>
    </message>
</context>
<context>
    <name>BackupsCard</name>
    <message>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>The progress file is replaced by the backup of %1: what was recorded after it (answers, profiles, classes) is no longer shown. The current file is kept beside it (.before-restore). Instructor mode locks afterwards.</source>
        <translation>Tệp tiến độ sẽ được thay bằng bản sao lưu lúc %1: những gì ghi nhận sau thời điểm đó (câu trả lời, hồ sơ, lớp học) sẽ không còn hiển thị. Tệp hiện tại được giữ lại bên cạnh (.before-restore). Sau đó chế độ giảng viên sẽ khóa lại.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>At the end of each session Khiên keeps a complete copy of this computer&apos;s progress file (the last 7, in %1). To take the progress file elsewhere, copy one of these backups: never copy the .sqlite file alone while Khiên runs.</source>
        <translation>Cuối mỗi buổi, Khiên giữ một bản sao đầy đủ của tệp tiến độ trên máy này (7 bản gần nhất, trong %1). Muốn mang tệp tiến độ sang nơi khác, hãy chép một trong các bản sao lưu này: đừng bao giờ chép riêng tệp .sqlite khi Khiên đang chạy.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Đã tạo một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ClassMembersTab</name>
    <message>
        <source>Choose a class list</source>
        <translation>Chọn danh sách lớp</translation>
    </message>
    <message>
        <source>Choose results bundles</source>
        <translation>Chọn các gói kết quả</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n học viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Kết quả của %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa khỏi lớp</translation>
    </message>
    <message>
        <source>Remove %1 from the class</source>
        <translation>Xóa %1 khỏi lớp</translation>
    </message>
    <message>
        <source>Add trainees</source>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <source>One name per line. Trainees can also join by typing the class name as their class code when they create a profile.</source>
        <translation>Mỗi dòng một tên. Học viên cũng có thể tự vào lớp: khi tạo hồ sơ, nhập tên lớp vào ô mã lớp.</translation>
    </message>
    <message>
        <source>Names of the trainees to add, one per line</source>
        <translation>Tên các học viên cần thêm, mỗi dòng một tên</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation>Nhập từ tệp CSV…</translation>
    </message>
    <message>
        <source>Results from the room&apos;s computers</source>
        <translation>Kết quả từ các máy tính trong phòng</translation>
    </message>
    <message>
        <source>Results bundles from the room&apos;s computers are signed with this key. Type it on each computer when exporting its results.</source>
        <translation>Gói kết quả từ các máy tính trong phòng được ký bằng khóa này. Hãy nhập khóa này trên từng máy khi xuất kết quả của máy đó.</translation>
    </message>
    <message>
        <source>Class key</source>
        <translation>Khóa lớp</translation>
    </message>
    <message>
        <source>Import results bundles…</source>
        <translation>Nhập gói kết quả…</translation>
    </message>
    <message>
        <source>Remove %1 from the class?</source>
        <translation>Xóa %1 khỏi lớp?</translation>
    </message>
    <message>
        <source>The trainee keeps their profile and every result, and can be added again.</source>
        <translation>Học viên vẫn giữ hồ sơ và mọi kết quả, và có thể được thêm lại vào lớp.</translation>
    </message>
    <message>
        <source>Loading the trainee list…</source>
        <translation>Đang tải danh sách học viên…</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Trainees</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Delete the class “%1”?</source>
        <translation>Xóa lớp “%1”?</translation>
    </message>
    <message>
        <source>The class, its sessions and its key are deleted. Its trainees keep their profiles and every result; they can be added to another class.</source>
        <translation>Lớp, các buổi học và khóa lớp sẽ bị xóa. Học viên của lớp vẫn giữ hồ sơ và mọi kết quả; có thể thêm họ vào lớp khác.</translation>
    </message>
    <message>
        <source>Delete class…</source>
        <translation>Xóa lớp…</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Xóa lớp</translation>
    </message>
</context>
<context>
    <name>ClassSessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Các buổi học</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Xóa buổi học %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Buổi học mới</translation>
    </message>
    <message>
        <source>Title, e.g. Buổi 1 – Nhận diện lừa đảo</source>
        <translation>Tiêu đề, ví dụ: Buổi 1 – Nhận diện lừa đảo</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Tiêu đề buổi học</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Ngày (năm-tháng-ngày)</translation>
    </message>
    <message>
        <source>Modules the session assigns</source>
        <translation>Học phần giao trong buổi học</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Tạo buổi học</translation>
    </message>
    <message>
        <source>A session is one lesson day: a title, a date and the modules to do. Trainees of the class see it on their home page. There is no session yet.</source>
        <translation>Buổi học là một ngày học: có tiêu đề, ngày và các học phần cần làm. Học viên của lớp sẽ thấy buổi học trên trang chủ. Hiện chưa có buổi học nào.</translation>
    </message>
    <message>
        <source>Plan the first session</source>
        <translation>Lên kế hoạch buổi học đầu tiên</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check-content: unexpected argument &quot;%1&quot;</source>
        <translation>check-content: tham số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import-gift needs FILE, --lang and --module</source>
        <translation>import-gift cần có FILE, --lang và --module</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation>export: đối số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>reset-instructor: unexpected argument &quot;%1&quot;</source>
        <translation>reset-instructor: đối số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No instructor passphrase is set in %1; nothing to do.</source>
        <translation>Chưa có cụm mật khẩu giảng viên nào trong %1; không cần làm gì.</translation>
    </message>
    <message>
        <source>The instructor passphrase was removed from %1. Trainees&apos; data is unchanged; the next instructor sets a new passphrase.</source>
        <translation>Đã xóa cụm mật khẩu giảng viên khỏi %1. Dữ liệu của học viên không thay đổi; giảng viên tiếp theo sẽ đặt cụm mật khẩu mới.</translation>
    </message>
    <message>
        <source>export needs --format csv|answers-csv|xapi|pdf|certificate and --out PATH</source>
        <translation>export cần --format csv|answers-csv|xapi|pdf|certificate và --out PATH</translation>
    </message>
    <message>
        <source>export --format certificate needs exactly one --trainee ID</source>
        <translation>export --format certificate cần đúng một --trainee ID</translation>
    </message>
    <message>
        <source>export: there is no database at %1</source>
        <translation>export: không có cơ sở dữ liệu nào tại %1</translation>
    </message>
    <message>
        <source>export: there is no class &quot;%1&quot; on this PC</source>
        <translation>export: không có lớp &quot;%1&quot; trên máy này</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>đã xuất ra %1</translation>
    </message>
    <message>
        <source>bundle needs export or import</source>
        <translation>bundle cần export hoặc import</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>không có cơ sở dữ liệu nào tại %1</translation>
    </message>
    <message>
        <source>bundle %1: %2</source>
        <translation>bundle %1: %2</translation>
    </message>
    <message>
        <source>bundle export: unexpected argument &quot;%1&quot;</source>
        <translation>bundle export: đối số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle export needs --key KEY and --out FILE</source>
        <translation>bundle export cần --key KEY và --out FILE</translation>
    </message>
    <message>
        <source>bundle export: %1</source>
        <translation>bundle export: %1</translation>
    </message>
    <message>
        <source>bundle import: unexpected argument &quot;%1&quot;</source>
        <translation>bundle import: đối số không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle import needs --class NAME_OR_ID and at least one FILE</source>
        <translation>bundle import cần --class NAME_OR_ID và ít nhất một FILE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>bundle import: there is no class &quot;%1&quot; (classes here: %2)</source>
        <translation>bundle import: không có lớp &quot;%1&quot; (các lớp trên máy này: %2)</translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2</source>
        <translation>%1: bị từ chối, không có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>%1: imported into the class &quot;%2&quot;</source>
        <translation>%1: đã nhập vào lớp &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  trainees added: %1, joined the class: %2</source>
        <translation>  học viên được thêm: %1, được đưa vào lớp: %2</translation>
    </message>
    <message>
        <source>  attempts added: %1, already there: %2</source>
        <translation>  lượt làm bài được thêm: %1, đã có sẵn: %2</translation>
    </message>
    <message>
        <source>  lessons added: %1, already there: %2</source>
        <translation>  bài học đã đọc được thêm: %1, đã có sẵn: %2</translation>
    </message>
    <message>
        <source>  conflicts: %1</source>
        <translation>  xung đột: %1</translation>
    </message>
    <message>
        <source>export: there is no session &quot;%1&quot; on this PC</source>
        <translation>export: máy này không có buổi học &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle: results written to %2 (trainees: %1)</source>
        <translation>bundle: đã ghi kết quả vào %2 (số học viên: %1)</translation>
    </message>
    <message>
        <source>bundle files imported: %1 of %2; refused: %3</source>
        <translation>đã nhập %1/%2 tệp gói kết quả; bị từ chối: %3</translation>
    </message>
    <message>
        <source>check-content: --as-of needs a date written YYYY-MM-DD</source>
        <translation>check-content: --as-of cần một ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>export: the database %1 is damaged, so the export would be incomplete (%2). Restore a backup: khien db backups, then khien db restore FILE.</source>
        <translation>export: cơ sở dữ liệu %1 bị hỏng nên bản xuất sẽ thiếu dữ liệu (%2). Hãy khôi phục một bản sao lưu: khien db backups, rồi khien db restore TỆP.</translation>
    </message>
    <message>
        <source>db %1: unexpected argument &quot;%2&quot;</source>
        <translation>db %1: đối số không hợp lệ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>db %1 needs FILE</source>
        <translation>db %1 cần TỆP</translation>
    </message>
    <message>
        <source>db check: cannot check %1: %2</source>
        <translation>db check: không kiểm tra được %1: %2</translation>
    </message>
    <message>
        <source>%1: sound (SQLite integrity check passed)</source>
        <translation>%1: nguyên vẹn (đã qua kiểm tra toàn vẹn của SQLite)</translation>
    </message>
    <message>
        <source>%1: DAMAGED. SQLite reports:</source>
        <translation>%1: BỊ HỎNG. SQLite báo:</translation>
    </message>
    <message>
        <source>Restore a backup: khien db backups, then khien db restore FILE.</source>
        <translation>Hãy khôi phục một bản sao lưu: khien db backups, rồi khien db restore TỆP.</translation>
    </message>
    <message>
        <source>db backup: %1</source>
        <translation>db backup: %1</translation>
    </message>
    <message>
        <source>%1 written: a complete copy of %2 (no -wal file needed)</source>
        <translation>Đã ghi %1: bản sao đầy đủ của %2 (không cần tệp -wal)</translation>
    </message>
    <message>
        <source>db restore: %1</source>
        <translation>db restore: %1</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Cơ sở dữ liệu cũ được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they go in %2).</source>
        <translation>Chưa có bản sao lưu nào của %1 (chúng được lưu trong %2).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: đối số không mong đợi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>imported %1 questions (%2) into %3, %4 skipped, %5 warnings</source>
        <extracomment>%1 count, %2 count by type, %3 the module file, %4 skipped, %5 warnings</extracomment>
        <translation>đã nhập %1 câu hỏi (%2) vào %3, bỏ qua %4, %5 cảnh báo</translation>
    </message>
    <message>
        <source>import-moodle needs FILE and --module</source>
        <translation>import-moodle cần FILE và --module</translation>
    </message>
    <message>
        <source>no pack has a module &quot;%1&quot; (looked in: %2)</source>
        <translation>không gói nào có học phần &quot;%1&quot; (đã tìm trong: %2)</translation>
    </message>
    <message>
        <source>export-moodle: unexpected argument &quot;%1&quot;</source>
        <translation>export-moodle: đối số không mong đợi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export-moodle needs --module, --format xml|gift and --out</source>
        <translation>export-moodle cần --module, --format xml|gift và --out</translation>
    </message>
    <message>
        <source>export-moodle: the language must be vi or en</source>
        <translation>export-moodle: ngôn ngữ phải là vi hoặc en</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>đã bỏ ra: %1</translation>
    </message>
    <message>
        <source>export-moodle: the module has no question Moodle can hold; nothing was written</source>
        <translation>export-moodle: học phần không có câu hỏi nào Moodle chứa được; không có gì được ghi</translation>
    </message>
    <message>
        <source>export-moodle: cannot write %1: %2</source>
        <translation>export-moodle: không ghi được %1: %2</translation>
    </message>
    <message>
        <source>wrote %1 questions to %2, %3 left out</source>
        <translation>đã ghi %1 câu hỏi vào %2, bỏ ra %3</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>db %1: the database is the organisation&apos;s PostgreSQL database, managed by its IT: use pg_dump and pg_restore</source>
        <translation>db %1: đây là cơ sở dữ liệu PostgreSQL của tổ chức, do bộ phận CNTT quản lý: hãy dùng pg_dump và pg_restore</translation>
    </message>
    <message>
        <source>db needs check, backup FILE, restore FILE, backups or copy --to URL</source>
        <translation>db cần check, backup FILE, restore FILE, backups hoặc copy --to URL</translation>
    </message>
    <message>
        <source>db copy needs --to postgresql://USER@HOST/DATABASE and an SQLite file as --db</source>
        <translation>db copy cần --to postgresql://USER@HOST/DATABASE và một tệp SQLite làm --db</translation>
    </message>
    <message>
        <source>db copy: there is no database at %1</source>
        <translation>db copy: không có cơ sở dữ liệu tại %1</translation>
    </message>
    <message>
        <source>db copy: %1</source>
        <translation>db copy: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 is unchanged.</source>
        <translation>Chưa sao chép gì: %1 không thay đổi.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1 already holds everything in %2.</source>
        <translation>Không có gì để sao chép: %1 đã có mọi thứ trong %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied from %1 to %2.</source>
        <translation>
            <numerusform>Đã sao chép %n dòng từ %1 sang %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  khien [--db PATH]                      start the app
  khien check-content [--json] [--strict] [--as-of YYYY-MM-DD] [DIR]
                                         validate a content pack (default: the shipped one);
                                         --strict adds the shipped course&apos;s quality rules;
                                         content past its review-by date is an error as of
                                         --as-of, a warning (exit code unchanged) without it
  khien import-gift FILE --lang vi|en --module ID [--pack DIR]
                                         import a Moodle GIFT question bank into a user pack
                                         (default DIR: &lt;data folder&gt;/packs/gift-import)
  khien import-moodle FILE --module ID [--lang vi|en] [--pack DIR]
                                         import a Moodle XML question bank the same way
                                         (default language: vi)
  khien export-moodle --module ID --format xml|gift --out PATH [--lang vi|en] [--pack DIR]
                                         write a module&apos;s questions as a Moodle question bank
                                         (shipped or imported; default language: vi)
  khien export --format csv|answers-csv|xapi|pdf|certificate --out PATH
               [--class NAME_OR_ID] [--session ID] [--trainee ID]... [--separator &apos;;&apos;]
               [--issuer TEXT] [--db PATH]
                                         scores of a class, a session or chosen trainees
                                         (everyone on this PC by default); pdf: the class
                                         report; certificate: one trainee&apos;s, with --trainee
  khien bundle export --key KEY --out FILE [--trainee ID]... [--db PATH]
                                         results bundle for the instructor&apos;s PC (all trainees by default)
  khien bundle import --class NAME_OR_ID FILE... [--db PATH]
                                         merge results bundles into a class; each file all or nothing
  khien live-host --db PATH --class NAME --module ID [--mode paced|self] [--listen ADDRESS]
                  [--port N] [--max N] | --db PATH --resume
                                         host a live session without a window (stdin: next,
                                         reveal, stop); prints its address and code
  khien db copy --to URL [--db PATH]     copy a room&apos;s SQLite file into the organisation&apos;s
                                         PostgreSQL database (all or nothing; again: adds nothing)
  khien db check [--db PATH]             SQLite&apos;s full integrity check (exit 1: damaged)
  khien db backup FILE [--db PATH]       one self-contained copy of the database (safe while
                                         the app runs; no -wal file needed)
  khien db backups [--db PATH]           list the automatic backups
  khien db restore FILE [--db PATH]      replace the database with a backup (checked first;
                                         the current one is kept as &lt;name&gt;.before-restore)
  khien reset-instructor [--db PATH]     remove a forgotten instructor passphrase (all
                                         trainee data stays); the next instructor sets a new one
  khien paths                            show where the database and extra packs are
  khien --version | --help

Environment: KHIEN_DB sets the database file or postgresql:// address (--db wins).
</source>
        <translation>Cách dùng:
  khien [--db PATH]                      mở ứng dụng
  khien check-content [--json] [--strict] [--as-of YYYY-MM-DD] [DIR]
                                         kiểm tra một gói nội dung (mặc định: gói đi kèm);
                                         --strict thêm các quy tắc chất lượng của khóa học đi kèm;
                                         nội dung quá hạn rà soát (review-by) là lỗi tính đến ngày
                                         --as-of, chỉ là cảnh báo (không đổi mã thoát) khi không có --as-of
  khien import-gift FILE --lang vi|en --module ID [--pack DIR]
                                         nhập ngân hàng câu hỏi Moodle GIFT vào gói nội dung
                                         của bạn (DIR mặc định: &lt;thư mục dữ liệu&gt;/packs/gift-import)
  khien import-moodle FILE --module ID [--lang vi|en] [--pack DIR]
                                         nhập ngân hàng câu hỏi Moodle XML theo cách tương tự
                                         (ngôn ngữ mặc định: vi)
  khien export-moodle --module ID --format xml|gift --out PATH [--lang vi|en] [--pack DIR]
                                         ghi các câu hỏi của một học phần thành ngân hàng câu hỏi
                                         Moodle (đi kèm hoặc đã nhập; ngôn ngữ mặc định: vi)
  khien export --format csv|answers-csv|xapi|pdf|certificate --out PATH
               [--class NAME_OR_ID] [--session ID] [--trainee ID]... [--separator &apos;;&apos;]
               [--issuer TEXT] [--db PATH]
                                         điểm của một lớp, một buổi học hoặc các học viên được chọn
                                         (mặc định: mọi học viên trên máy này); pdf: báo cáo lớp;
                                         certificate: chứng nhận của một học viên, cần --trainee
  khien bundle export --key KEY --out FILE [--trainee ID]... [--db PATH]
                                         gói kết quả để mang sang máy của giảng viên
                                         (mặc định: tất cả học viên)
  khien bundle import --class NAME_OR_ID FILE... [--db PATH]
                                         gộp các gói kết quả vào một lớp; mỗi tệp được nhập
                                         trọn vẹn hoặc không nhập gì
  khien live-host --db PATH --class NAME --module ID [--mode paced|self] [--listen ADDRESS]
                  [--port N] [--max N] | --db PATH --resume
                                         mở một phiên học trực tiếp không cần cửa sổ (stdin: next,
                                         reveal, stop); in ra địa chỉ và mã phiên
  khien db copy --to URL [--db PATH]     sao chép tệp SQLite của một phòng vào cơ sở dữ liệu
                                         PostgreSQL của tổ chức (tất cả hoặc không gì; chạy lại: không thêm gì)
  khien db check [--db PATH]             kiểm tra toàn vẹn đầy đủ của SQLite (mã thoát 1: bị hỏng)
  khien db backup FILE [--db PATH]       một bản sao độc lập của cơ sở dữ liệu (an toàn cả khi
                                         ứng dụng đang chạy; không cần tệp -wal)
  khien db backups [--db PATH]           liệt kê các bản sao lưu tự động
  khien db restore FILE [--db PATH]      thay cơ sở dữ liệu bằng một bản sao lưu (được kiểm tra
                                         trước; bản hiện tại được giữ lại thành &lt;tên&gt;.before-restore)
  khien reset-instructor [--db PATH]     xóa cụm mật khẩu giảng viên đã bị quên (mọi dữ liệu
                                         học viên được giữ nguyên); giảng viên sau sẽ đặt cụm mới
  khien paths                            cho biết cơ sở dữ liệu và các gói nội dung thêm nằm ở đâu
  khien --version | --help

Biến môi trường: KHIEN_DB chỉ định tệp cơ sở dữ liệu hoặc địa chỉ postgresql:// (--db được ưu tiên hơn).
</translation>
    </message>
    <message>
        <source>reset-instructor: there is no database at %1</source>
        <translation>reset-instructor: không có cơ sở dữ liệu nào tại %1</translation>
    </message>
    <message>
        <source>reset-instructor: %1</source>
        <translation>reset-instructor: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the module has no &lt;objective&gt;</source>
        <translation>học phần thiếu &lt;objective&gt;</translation>
    </message>
    <message>
        <source>the source url must start with https:// or http://</source>
        <translation>url của nguồn phải bắt đầu bằng https:// hoặc http://</translation>
    </message>
    <message>
        <source>the source&apos;s read date must be YYYY-MM-DD</source>
        <translation>ngày đọc (read) của nguồn phải có dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; lists no &lt;source&gt;</source>
        <translation>bài học &quot;%1&quot; không có &lt;source&gt; nào</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;body&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation>ngôn ngữ &quot;%1&quot; ở &lt;body&gt; không hợp lệ: hãy dùng &quot;vi&quot; hoặc &quot;en&quot;</translation>
    </message>
    <message>
        <source>&lt;body lang=&quot;%1&quot;&gt; appears twice</source>
        <translation>&lt;body lang=&quot;%1&quot;&gt; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>a module has at most one &lt;quiz&gt; (module on line %1)</source>
        <translation>mỗi học phần chỉ có tối đa một &lt;quiz&gt; (học phần ở dòng %1)</translation>
    </message>
    <message>
        <source>passPercent must be a whole number from 1 to 100</source>
        <translation>passPercent phải là số nguyên từ 1 đến 100</translation>
    </message>
    <message>
        <source>the quiz has no &lt;question&gt;</source>
        <translation>bài kiểm tra không có &lt;question&gt; nào</translation>
    </message>
    <message>
        <source>a truefalse question needs answer=&quot;true&quot; or answer=&quot;false&quot;</source>
        <translation>câu hỏi truefalse cần có answer=&quot;true&quot; hoặc answer=&quot;false&quot;</translation>
    </message>
    <message>
        <source>only truefalse questions take an answer attribute; mark options with correct=&quot;true&quot;</source>
        <translation>chỉ câu hỏi truefalse mới dùng thuộc tính answer; hãy đánh dấu phương án đúng bằng correct=&quot;true&quot;</translation>
    </message>
    <message>
        <source>correct must be &quot;true&quot; or &quot;false&quot;</source>
        <translation>correct phải là &quot;true&quot; hoặc &quot;false&quot;</translation>
    </message>
    <message>
        <source>truefalse options have no &lt;text&gt;: the app labels them</source>
        <translation>phương án của câu truefalse không dùng &lt;text&gt;: ứng dụng tự gắn nhãn Đúng/Sai</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; needs at least two options</source>
        <translation>câu hỏi &quot;%1&quot; cần ít nhất hai phương án</translation>
    </message>
    <message>
        <source>single-choice question &quot;%1&quot; must have exactly one correct option, it has %2</source>
        <translation>câu hỏi một lựa chọn &quot;%1&quot; phải có đúng một phương án đúng, hiện có %2</translation>
    </message>
    <message>
        <source>multiple-choice question &quot;%1&quot; has no correct option</source>
        <translation>câu hỏi nhiều lựa chọn &quot;%1&quot; không có phương án đúng nào</translation>
    </message>
    <message>
        <source>truefalse question &quot;%1&quot; needs exactly the options &quot;true&quot; and &quot;false&quot;</source>
        <translation>câu hỏi truefalse &quot;%1&quot; phải có đúng hai phương án &quot;true&quot; và &quot;false&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the pack folder</source>
        <translation>&quot;%1&quot; nằm ngoài thư mục của gói nội dung</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <source>content format &quot;%1&quot; is not supported by this version of Khiên (it reads format 1)</source>
        <translation>phiên bản Khiên này không hỗ trợ định dạng nội dung &quot;%1&quot; (chỉ đọc được định dạng 1)</translation>
    </message>
    <message>
        <source>the course lists no &lt;module&gt;</source>
        <translation>khóa học không có &lt;module&gt; nào</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; in %2 is already used in %3</source>
        <translation>id &quot;%1&quot; trong %2 đã được dùng trong %3</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>không mở được tệp: %1</translation>
    </message>
    <message>
        <source>the file has no &lt;%1&gt; element</source>
        <translation>tệp không có phần tử &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected &lt;%1&gt; as the first element, found &lt;%2&gt;</source>
        <translation>phần tử đầu tiên phải là &lt;%1&gt;, nhưng lại là &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;</source>
        <translation>phần tử &lt;%1&gt; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; on &lt;%2&gt;</source>
        <translation>thuộc tính &quot;%1&quot; không hợp lệ ở &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; needs the attribute &quot;%2&quot;</source>
        <translation>&lt;%1&gt; cần có thuộc tính &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot;: use a-z, 0-9 and - only, at most 64 characters</source>
        <translation>id &quot;%1&quot; không hợp lệ: chỉ dùng a-z, 0-9 và -, tối đa 64 ký tự</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;%2&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation>ngôn ngữ &quot;%1&quot; ở &lt;%2&gt; không hợp lệ: hãy dùng &quot;vi&quot; hoặc &quot;en&quot;</translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; appears twice (first on line %3)</source>
        <translation>&lt;%1 lang=&quot;%2&quot;&gt; xuất hiện hai lần (lần đầu ở dòng %3)</translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; is empty</source>
        <translation>&lt;%1 lang=&quot;%2&quot;&gt; đang trống</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no Vietnamese text (lang=&quot;vi&quot;)</source>
        <translation>&lt;%1&gt; thiếu nội dung tiếng Việt (lang=&quot;vi&quot;)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no English text (lang=&quot;en&quot;)</source>
        <translation>&lt;%1&gt; thiếu nội dung tiếng Anh (lang=&quot;en&quot;)</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>lỗi XML: %1</translation>
    </message>
    <message>
        <source>the lesson text is empty</source>
        <translation>nội dung bài học đang trống</translation>
    </message>
    <message>
        <source>raw HTML is not allowed in lessons</source>
        <translation>không được dùng HTML trực tiếp trong bài học</translation>
    </message>
    <message>
        <source>cannot open the lesson text: %1</source>
        <translation>không mở được nội dung bài học: %1</translation>
    </message>
    <message>
        <source>a pack with the id &quot;%1&quot; is already loaded; this one is skipped</source>
        <translation>đã tải một gói nội dung có id &quot;%1&quot;; bỏ qua gói này</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; (or one of its lesson or quiz ids) is already loaded from another pack; skipped</source>
        <translation>học phần &quot;%1&quot; (hoặc id của một bài học hay bài kiểm tra trong đó) đã được tải từ gói nội dung khác; đã bỏ qua</translation>
    </message>
    <message>
        <source>question id &quot;%1&quot; is used twice in this quiz (first on line %2)</source>
        <translation>id câu hỏi &quot;%1&quot; bị dùng hai lần trong bài kiểm tra này (lần đầu ở dòng %2)</translation>
    </message>
    <message>
        <source>draw must be a whole number of at least 1</source>
        <translation>draw phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>shuffle must be &quot;true&quot; or &quot;false&quot;</source>
        <translation>shuffle phải là &quot;true&quot; hoặc &quot;false&quot;</translation>
    </message>
    <message>
        <source>mode must be &quot;practice&quot; or &quot;exam&quot;</source>
        <translation>mode phải là &quot;practice&quot; hoặc &quot;exam&quot;</translation>
    </message>
    <message>
        <source>timeLimitMinutes must be a whole number of at least 1</source>
        <translation>timeLimitMinutes phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>timeLimitMinutes is for exam mode only</source>
        <translation>timeLimitMinutes chỉ dùng cho chế độ thi (mode=&quot;exam&quot;)</translation>
    </message>
    <message>
        <source>a scenario question needs start=&quot;&lt;first step id&gt;&quot;</source>
        <translation>câu hỏi scenario cần có start=&quot;&lt;id của bước đầu tiên&gt;&quot;</translation>
    </message>
    <message>
        <source>only scenario questions take a start attribute</source>
        <translation>chỉ câu hỏi scenario mới dùng thuộc tính start</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is listed twice in question &quot;%2&quot;</source>
        <translation>item &quot;%1&quot; xuất hiện hai lần trong câu hỏi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 id &quot;%2&quot; is used twice in question &quot;%3&quot;</source>
        <translation>id &quot;%2&quot; của %1 bị dùng hai lần trong câu hỏi &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a redflags question has one &lt;mock&gt; (the first is on line %1)</source>
        <translation>mỗi câu hỏi redflags chỉ có một &lt;mock&gt; (&lt;mock&gt; đầu tiên ở dòng %1)</translation>
    </message>
    <message>
        <source>unknown mock kind &quot;%1&quot;: use sms, email, chat, web or call</source>
        <translation>kind &quot;%1&quot; của &lt;mock&gt; không hợp lệ: hãy dùng sms, email, chat, web hoặc call</translation>
    </message>
    <message>
        <source>a part of a %1 mock has one of the roles %2, not &quot;%3&quot;</source>
        <translation>mỗi &lt;part&gt; trong mock %1 phải có role là một trong %2, không phải &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the mock has no &lt;part&gt;</source>
        <translation>mock không có &lt;part&gt; nào</translation>
    </message>
    <message>
        <source>the flag names part &quot;%1&quot;, which is not in the mock of question &quot;%2&quot;</source>
        <translation>flag chỉ tới part &quot;%1&quot;, nhưng mock của câu hỏi &quot;%2&quot; không có part này</translation>
    </message>
    <message>
        <source>part &quot;%1&quot; is flagged twice</source>
        <translation>part &quot;%1&quot; bị gắn flag hai lần</translation>
    </message>
    <message>
        <source>outcome must be good, mixed or bad</source>
        <translation>outcome phải là good, mixed hoặc bad</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice in scenario &quot;%2&quot;</source>
        <translation>id &quot;%1&quot; bị dùng hai lần trong tình huống &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ordering question &quot;%1&quot; needs at least three items</source>
        <translation>câu hỏi ordering &quot;%1&quot; cần ít nhất ba mục (item)</translation>
    </message>
    <message>
        <source>matching question &quot;%1&quot; needs at least three pairs</source>
        <translation>câu hỏi matching &quot;%1&quot; cần ít nhất ba cặp (pair)</translation>
    </message>
    <message>
        <source>redflags question &quot;%1&quot; has no &lt;mock&gt;</source>
        <translation>câu hỏi redflags &quot;%1&quot; không có &lt;mock&gt;</translation>
    </message>
    <message>
        <source>redflags question &quot;%1&quot; has no &lt;flag&gt;</source>
        <translation>câu hỏi redflags &quot;%1&quot; không có &lt;flag&gt; nào</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has no &lt;step&gt;</source>
        <translation>tình huống &quot;%1&quot; không có &lt;step&gt; nào</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: no path earns any points, so it cannot be scored</source>
        <translation>tình huống &quot;%1&quot;: không có hướng đi nào được điểm nên không thể chấm điểm</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: start step &quot;%2&quot; does not exist</source>
        <translation>tình huống &quot;%1&quot;: bước bắt đầu &quot;%2&quot; không tồn tại</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; starts at an ending</source>
        <translation>tình huống &quot;%1&quot; bắt đầu ngay ở một kết thúc (ending)</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has both choices and routes; use one or the other</source>
        <translation>bước &quot;%1&quot; có cả choice lẫn route; chỉ được dùng một trong hai</translation>
    </message>
    <message>
        <source>choice &quot;%1&quot; leads to &quot;%2&quot;, which is not a step or ending of this scenario</source>
        <translation>choice &quot;%1&quot; dẫn tới &quot;%2&quot;, nhưng đó không phải bước hay kết thúc nào của tình huống này</translation>
    </message>
    <message>
        <source>a route of step &quot;%1&quot; leads to &quot;%2&quot;, which is not a step or ending of this scenario</source>
        <translation>một route của bước &quot;%1&quot; dẫn tới &quot;%2&quot;, nhưng đó không phải bước hay kết thúc nào của tình huống này</translation>
    </message>
    <message>
        <source>the last route of step &quot;%1&quot; must have no minPoints, so every trainee can go on</source>
        <translation>route cuối cùng của bước &quot;%1&quot; không được có minPoints, để học viên nào cũng đi tiếp được</translation>
    </message>
    <message>
        <source>from step &quot;%1&quot; no ending can be reached (a loop without exit)</source>
        <translation>từ bước &quot;%1&quot; không thể đi tới kết thúc nào (vòng lặp không có lối ra)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be reached from the start step &quot;%2&quot;</source>
        <translation>không thể đi tới &quot;%1&quot; từ bước bắt đầu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; contains an HTML tag; texts are plain text</source>
        <translation>&lt;%1 lang=&quot;%2&quot;&gt; có chứa thẻ HTML; nội dung chỉ được là văn bản thuần</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is a dead end: it has no &lt;choice&gt; or &lt;route&gt;</source>
        <translation>bước &quot;%1&quot; là ngõ cụt: không có &lt;choice&gt; hay &lt;route&gt; nào</translation>
    </message>
    <message>
        <source>the module has neither a &lt;lesson&gt; nor a &lt;quiz&gt;</source>
        <translation>học phần không có &lt;lesson&gt; hay &lt;quiz&gt; nào</translation>
    </message>
    <message>
        <source>a course has at most one &lt;glossary&gt; (the first is on line %1)</source>
        <translation>mỗi khóa học chỉ có tối đa một &lt;glossary&gt; (&lt;glossary&gt; đầu tiên ở dòng %1)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in languages: use &quot;vi&quot;, &quot;en&quot; or both</source>
        <translation>ngôn ngữ &quot;%1&quot; trong languages không hợp lệ: hãy dùng &quot;vi&quot;, &quot;en&quot; hoặc cả hai</translation>
    </message>
    <message>
        <source>languages names no language</source>
        <translation>languages không nêu ngôn ngữ nào</translation>
    </message>
    <message>
        <source>glossary term &quot;%1&quot; is defined twice</source>
        <translation>thuật ngữ &quot;%1&quot; bị định nghĩa hai lần</translation>
    </message>
    <message>
        <source>%1: the Vietnamese text has no diacritics (untranslated?): &quot;%2&quot;</source>
        <translation>%1: nội dung tiếng Việt không có dấu (chưa dịch?): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the Vietnamese (%2 characters) and English (%3) texts differ too much in length</source>
        <translation>%1: nội dung tiếng Việt (%2 ký tự) và tiếng Anh (%3) chênh lệch độ dài quá nhiều</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation>học phần &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Vietnamese lesson has no diacritics (untranslated?)</source>
        <translation>bài học tiếng Việt không có dấu (chưa dịch?)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: its lessons have %2 words in %3; the course needs %4 to %5</source>
        <translation>học phần &quot;%1&quot;: các bài học có %2 từ trong bản %3; khóa học yêu cầu từ %4 đến %5 từ</translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot;</source>
        <translation>bài học &quot;%1&quot;</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no quiz</source>
        <translation>học phần &quot;%1&quot; không có bài kiểm tra</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: its quiz has %2 questions of %3 types; the course needs at least %4 questions of %5 types</source>
        <translation>học phần &quot;%1&quot;: bài kiểm tra có %2 câu hỏi thuộc %3 loại; khóa học yêu cầu ít nhất %4 câu hỏi thuộc %5 loại</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>câu hỏi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, &quot;%2&quot;</source>
        <translation>câu hỏi &quot;%1&quot;, &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; is neither a web address nor a file in the pack</source>
        <translation>liên kết &quot;%1&quot; không phải địa chỉ web, cũng không phải tệp trong gói nội dung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link to a file outside the pack folder</source>
        <translation>&quot;%1&quot; là liên kết tới một tệp nằm ngoài thư mục gói</translation>
    </message>
    <message>
        <source>a module has at most %1 lessons</source>
        <translation>mỗi học phần có tối đa %1 bài học</translation>
    </message>
    <message>
        <source>a quiz has at most %1 questions</source>
        <translation>mỗi bài kiểm tra có tối đa %1 câu hỏi</translation>
    </message>
    <message>
        <source>a pack has at most %1 modules</source>
        <translation>mỗi gói có tối đa %1 học phần</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>tệp lớn hơn %1 MB</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 on this line</source>
        <translation>dòng này có ký tự không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>a &lt;!DOCTYPE&gt; (DTD) is not allowed in content files</source>
        <translation>tệp nội dung không được chứa &lt;!DOCTYPE&gt; (DTD)</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>các phần tử lồng nhau sâu quá %1 cấp</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>đoạn văn bản dài quá %1 ký tự</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed inside a text</source>
        <translation>không được đặt &lt;%1&gt; bên trong một đoạn văn bản</translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; contains the invisible character U+%3, which can disguise text</source>
        <translation>&lt;%1 lang=&quot;%2&quot;&gt; chứa ký tự vô hình U+%3, loại ký tự có thể dùng để ngụy trang văn bản</translation>
    </message>
    <message>
        <source>the source&apos;s title, publisher and url must be plain text without invisible characters</source>
        <translation>tiêu đề, nơi xuất bản và địa chỉ của nguồn phải là văn bản thuần, không có ký tự vô hình</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 phải là một số từ %2 đến %3</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has more than %2 options, items, pairs or parts</source>
        <translation>câu hỏi &quot;%1&quot; có hơn %2 phương án, mục, cặp hoặc phần</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has more than %2 steps and endings</source>
        <translation>tình huống &quot;%1&quot; có hơn %2 bước và kết thúc</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has too many different paths to score (more than %2 step and point combinations)</source>
        <translation>tình huống &quot;%1&quot; có quá nhiều đường đi khác nhau để chấm điểm (hơn %2 tổ hợp bước và điểm)</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; leads back to a step already on the way to it; a scenario may not loop</source>
        <translation>bước &quot;%1&quot; dẫn ngược về một bước đã đi qua; tình huống không được có vòng lặp</translation>
    </message>
    <message>
        <source>the invisible character U+%1 is not allowed, it can disguise text</source>
        <translation>không được dùng ký tự vô hình U+%1, loại ký tự có thể dùng để ngụy trang văn bản</translation>
    </message>
    <message>
        <source>the lesson text is larger than %1 kB</source>
        <translation>bài học lớn hơn %1 kB</translation>
    </message>
    <message>
        <source>the lesson text is not valid UTF-8 on this line</source>
        <translation>dòng này của bài học có ký tự không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not a file in the lesson&apos;s folder (images are never loaded from the web)</source>
        <translation>ảnh &quot;%1&quot; không phải là tệp trong thư mục của bài học (ảnh không bao giờ được tải từ Internet)</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1; (only &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and character references are allowed)</source>
        <translation>thực thể &amp;%1; không được hỗ trợ (chỉ dùng được &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; và tham chiếu ký tự)</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <extracomment>%1 is the attribute, e.g. review-by</extracomment>
        <translation>%1 phải là một ngày viết theo dạng YYYY-MM-DD, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid name &quot;%2&quot; in %1: use a-z, 0-9 and - only, at most 64 characters</source>
        <extracomment>%1 is the attribute (sets, ifSet, after...), %2 the name found in it</extracomment>
        <translation>tên &quot;%2&quot; trong %1 không hợp lệ: chỉ dùng a-z, 0-9 và -, tối đa 64 ký tự</translation>
    </message>
    <message>
        <source>%1 names nothing</source>
        <translation>%1 không nêu tên nào</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; comes after &quot;%2&quot;, which is not an item listed before it</source>
        <translation>mục &quot;%1&quot; đứng sau &quot;%2&quot;, nhưng đó không phải mục được liệt kê trước nó</translation>
    </message>
    <message>
        <source>the last route of step &quot;%1&quot; must have no condition (minPoints, ifSet, ifNotSet), so every trainee can go on</source>
        <translation>nhánh cuối cùng của bước &quot;%1&quot; không được có điều kiện (minPoints, ifSet, ifNotSet), để học viên nào cũng đi tiếp được</translation>
    </message>
    <message>
        <source>quality must be good, risky or bad</source>
        <translation>quality phải là good, risky hoặc bad</translation>
    </message>
    <message>
        <source>the route tests fact &quot;%1&quot; both set and not set, so it is never taken</source>
        <translation>nhánh này đòi dữ kiện &quot;%1&quot; vừa có vừa không, nên không bao giờ được chọn</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets more than %2 different facts</source>
        <translation>tình huống &quot;%1&quot; đặt quá %2 dữ kiện khác nhau</translation>
    </message>
    <message>
        <source>a route of step &quot;%1&quot; tests fact &quot;%2&quot;, which no choice of this scenario sets</source>
        <translation>một nhánh của bước &quot;%1&quot; kiểm tra dữ kiện &quot;%2&quot;, nhưng không lựa chọn nào của tình huống này đặt dữ kiện đó</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; gives a quality to some choices but not to %2</source>
        <translation>tình huống &quot;%1&quot; ghi mức độ (quality) cho một số lựa chọn nhưng không ghi cho %2</translation>
    </message>
    <message>
        <source>(no choice)</source>
        <translation>(không có lựa chọn nào)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the path %2 makes a bad choice yet reaches &quot;%3&quot;, whose outcome is good</source>
        <extracomment>%2 is a list of choice ids, e.g. &quot;deny &gt; hang-up &gt; keep-quiet&quot;</extracomment>
        <translation>tình huống &quot;%1&quot;: đường đi %2 có một lựa chọn sai mà vẫn đến &quot;%3&quot;, một kết thúc tốt</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the path %2 makes only good choices yet reaches &quot;%3&quot;, whose outcome is bad</source>
        <translation>tình huống &quot;%1&quot;: đường đi %2 chỉ gồm lựa chọn đúng mà lại đến &quot;%3&quot;, một kết thúc xấu</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; of %2</source>
        <translation>nguồn &quot;%1&quot; của %2</translation>
    </message>
    <message>
        <source>%1 was to be reviewed by %2 (checked as of %3): check its facts and move the date</source>
        <extracomment>%1 is what (a lesson, a question, a source), %2 and %3 dates YYYY-MM-DD</extracomment>
        <translation>%1 cần được rà soát trước %2 (kiểm tra tính đến %3): hãy kiểm tra lại thông tin rồi dời ngày</translation>
    </message>
    <message>
        <source>glossary term &quot;%1&quot;</source>
        <translation>thuật ngữ &quot;%1&quot; trong bảng thuật ngữ</translation>
    </message>
    <message>
        <source>%1 says &quot;%2&quot;: the glossary says to write &quot;%3&quot;</source>
        <extracomment>%1 is where (a question, a lesson...), %2 the variant found, %3 the wording the glossary prefers</extracomment>
        <translation>%1 dùng &quot;%2&quot;: bảng thuật ngữ quy định viết &quot;%3&quot;</translation>
    </message>
    <message>
        <source>quiz &quot;%1&quot; (%2): the right option is the longest in %3 of its %4 choice questions; balance the option lengths</source>
        <extracomment>%1 quiz id, %2 language code (vi, en), %3 and %4 counts of questions</extracomment>
        <translation>bài kiểm tra &quot;%1&quot; (%2): đáp án đúng là phương án dài nhất ở %3 trên %4 câu hỏi lựa chọn; hãy cân đối độ dài các phương án</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;avoid&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation>ngôn ngữ &quot;%1&quot; trên &lt;avoid&gt; không được hỗ trợ: dùng &quot;vi&quot; hoặc &quot;en&quot;</translation>
    </message>
    <message>
        <source>&lt;avoid&gt; is empty</source>
        <translation>&lt;avoid&gt; đang trống</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; gives its choices no quality (quality=&quot;good&quot;, &quot;risky&quot; or &quot;bad&quot;), so its endings cannot be checked against the paths</source>
        <translation>tình huống &quot;%1&quot; chưa ghi mức độ cho các lựa chọn (quality=&quot;good&quot;, &quot;risky&quot; hoặc &quot;bad&quot;), nên không đối chiếu được kết thúc với đường đi</translation>
    </message>
    <message>
        <source>the icon attribute is empty</source>
        <translation>thuộc tính icon đang trống</translation>
    </message>
    <message>
        <source>the icon &quot;%1&quot; is not an .svg file</source>
        <translation>biểu tượng &quot;%1&quot; không phải tệp .svg</translation>
    </message>
    <message>
        <source>the icon is larger than %1 kB</source>
        <translation>biểu tượng lớn hơn %1 kB</translation>
    </message>
    <message>
        <source>the icon &quot;%1&quot; cannot be read</source>
        <translation>không đọc được biểu tượng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the icon is not an SVG image</source>
        <translation>biểu tượng không phải ảnh SVG</translation>
    </message>
    <message>
        <source>the icon refers to a file or a web address; icons must hold everything they show</source>
        <translation>biểu tượng trỏ tới một tệp hoặc địa chỉ web; biểu tượng phải tự chứa mọi thứ nó hiển thị</translation>
    </message>
    <message>
        <source>the icon contains a &lt;%1&gt; element, which icons may not have</source>
        <translation>biểu tượng chứa phần tử &lt;%1&gt;, là phần tử biểu tượng không được có</translation>
    </message>
    <message>
        <source>unknown question type &quot;%1&quot;: use single, multiple, truefalse, ordering, matching, redflags, scenario, shortanswer, numeric or missingword</source>
        <translation>dạng câu hỏi không xác định &quot;%1&quot;: dùng single, multiple, truefalse, ordering, matching, redflags, scenario, shortanswer, numeric hoặc missingword</translation>
    </message>
    <message>
        <source>only shortanswer questions take diacritics and case attributes</source>
        <translation>chỉ câu hỏi shortanswer mới có thuộc tính diacritics và case</translation>
    </message>
    <message>
        <source>diacritics must be &quot;required&quot; or &quot;optional&quot;</source>
        <translation>diacritics phải là &quot;required&quot; hoặc &quot;optional&quot;</translation>
    </message>
    <message>
        <source>case must be &quot;sensitive&quot; or &quot;insensitive&quot;</source>
        <translation>case phải là &quot;sensitive&quot; hoặc &quot;insensitive&quot;</translation>
    </message>
    <message>
        <source>fraction must be a number from 1 to 100 (the share of the point, in percent)</source>
        <translation>fraction phải là một số từ 1 đến 100 (phần trăm số điểm)</translation>
    </message>
    <message>
        <source>value must be a decimal number written with &apos;.&apos; (such as 156 or -2.5)</source>
        <translation>value phải là số thập phân viết bằng dấu &apos;.&apos; (ví dụ 156 hoặc -2.5)</translation>
    </message>
    <message>
        <source>tolerance must be a number of 0 or more written with &apos;.&apos;</source>
        <translation>tolerance phải là số từ 0 trở lên, viết bằng dấu &apos;.&apos;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no &lt;answer&gt;</source>
        <translation>câu hỏi &quot;%1&quot; không có &lt;answer&gt;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no answer with fraction=&quot;100&quot;</source>
        <translation>câu hỏi &quot;%1&quot; không có đáp án nào có fraction=&quot;100&quot;</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; of question &quot;%2&quot; has no letter or digit to compare</source>
        <extracomment>%1 the answer id, %2 the question id</extracomment>
        <translation>đáp án &quot;%1&quot; của câu hỏi &quot;%2&quot; không có chữ cái hay chữ số nào để so sánh</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no &lt;explain&gt; for %2: trainees will see no explanation</source>
        <extracomment>%1 question id, %2 the ids of its options, answers, items or pairs</extracomment>
        <translation>câu hỏi &quot;%1&quot; không có &lt;explain&gt; cho %2: học viên sẽ không thấy lời giải thích</translation>
    </message>
</context>
<context>
    <name>ContentProblemsNotice</name>
    <message>
        <source>Some course content could not be loaded and is not shown:</source>
        <translation>Một số nội dung khóa học không tải được nên không được hiển thị:</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Module ID</source>
        <translation>Mã học phần</translation>
    </message>
    <message>
        <source>Module (Vietnamese)</source>
        <extracomment>Column: the module&apos;s title in Vietnamese</extracomment>
        <translation>Học phần (tiếng Việt)</translation>
    </message>
    <message>
        <source>Module (English)</source>
        <extracomment>Column: the module&apos;s title in English</extracomment>
        <translation>Học phần (tiếng Anh)</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Bài học đã đọc</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column: finished attempts at the module&apos;s quiz</extracomment>
        <translation>Số lần làm bài</translation>
    </message>
    <message>
        <source>Grade (%)</source>
        <extracomment>Column: the recorded grade, in percent</extracomment>
        <translation>Điểm (%)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>Quiz ID</source>
        <translation>Mã bài kiểm tra</translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation>Mã lần làm bài</translation>
    </message>
    <message>
        <source>Question ID</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm số</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <extracomment>Column: milliseconds the trainee took to answer</extracomment>
        <translation>Thời gian (ms)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Phiên bản nội dung</translation>
    </message>
    <message>
        <source>Answered at (UTC)</source>
        <extracomment>Column: date and time of the answer, ISO 8601 in UTC</extracomment>
        <translation>Thời điểm trả lời (UTC)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <extracomment>Column: minutes spent answering the module&apos;s quiz</extracomment>
        <translation>Thời gian (phút)</translation>
    </message>
    <message>
        <source>Trainee ID</source>
        <translation>Mã học viên</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>A cell of the &quot;Passed&quot; and &quot;Correct&quot; columns, in the language of the headers</extracomment>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>A cell of the &quot;Passed&quot; and &quot;Correct&quot; columns, in the language of the headers</extracomment>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Filter by name</source>
        <translation>Lọc theo tên</translation>
    </message>
    <message>
        <source>Filter trainees by name</source>
        <translation>Lọc học viên theo tên</translation>
    </message>
    <message>
        <source>Modules shown</source>
        <translation>Học phần hiển thị</translation>
    </message>
    <message>
        <source>Click a column title to sort.</source>
        <translation>Bấm vào tiêu đề cột để sắp xếp.</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sắp xếp theo %1</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Mean grade</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Học phần đạt</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Thời gian (phút)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Tỉ lệ đạt</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Kết quả của %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n lượt làm bài</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainees to show.</source>
        <translation>Không có học viên nào để hiển thị.</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Học viên</translation>
    </message>
    <message numerus="yes">
        <source>%1/%n lesson(s)</source>
        <translation>
            <numerusform>%1/%n bài học</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Đang tải bảng theo dõi…</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Khiên found damage in the progress file %1: some results may be missing from lists and exports. Ask the instructor to restore a backup (instructor mode, Backups). SQLite reports: %2</source>
        <extracomment>%1 is the database file, %2 what SQLite found</extracomment>
        <translation>Khiên phát hiện tệp tiến độ %1 bị hỏng: một số kết quả có thể bị thiếu trong danh sách và bản xuất. Hãy nhờ giảng viên khôi phục một bản sao lưu (chế độ giảng viên, mục Sao lưu). SQLite báo: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Only the instructor can restore a backup.</source>
        <translation>Chỉ giảng viên mới được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>The progress file was restored from the backup of %1. The file as it was is kept as %2.</source>
        <extracomment>%1 is the date of the backup, %2 the file the previous database is kept in</extracomment>
        <translation>Tệp tiến độ đã được khôi phục từ bản sao lưu lúc %1. Tệp cũ được giữ lại thành %2.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Kept for %1 on this computer.</source>
        <translation>Được lưu cho %1 trên máy tính này.</translation>
    </message>
    <message>
        <source>This computer&apos;s default, used when no trainee is signed in.</source>
        <translation>Mặc định của máy tính này, dùng khi chưa có học viên nào đăng nhập.</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Cỡ chữ: %1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Preview: check who really sent a message before you open its link.</source>
        <translation>Xem trước: hãy kiểm tra ai thực sự gửi tin nhắn trước khi mở đường link trong đó.</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size (%1 %)</source>
        <translation>Dùng cỡ chữ của hệ thống (%1 %)</translation>
    </message>
    <message>
        <source>High contrast: black text on white, strong outlines</source>
        <translation>Tương phản cao: chữ đen trên nền trắng, viền đậm</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>No motion: pages and dialogs appear without sliding or fading</source>
        <translation>Không chuyển động: trang và hộp thoại hiện ra không trượt, không mờ dần</translation>
    </message>
    <message>
        <source>No motion</source>
        <translation>Không chuyển động</translation>
    </message>
    <message>
        <source>Read-aloud buttons on lessons and questions</source>
        <translation>Nút đọc to trên bài học và câu hỏi</translation>
    </message>
    <message>
        <source>Read-aloud buttons</source>
        <translation>Nút đọc to</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The disk is full: free some space.</source>
        <translation>Ổ đĩa đã đầy: hãy giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only folder, disk or permissions).</source>
        <translation>Không ghi được vào cơ sở dữ liệu (thư mục hoặc ổ đĩa chỉ đọc, hoặc không có quyền).</translation>
    </message>
    <message>
        <source>Another program is using the database: wait a moment.</source>
        <translation>Một chương trình khác đang dùng cơ sở dữ liệu: hãy đợi một lát.</translation>
    </message>
    <message>
        <source>The database file is damaged: ask the instructor to restore a backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: hãy nhờ giảng viên khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>The database could not be written just now.</source>
        <translation>Lúc này không ghi được vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This attempt is already finished.</source>
        <translation>Lượt làm bài này đã kết thúc.</translation>
    </message>
    <message>
        <source>This answer is already saved.</source>
        <translation>Câu trả lời này đã được lưu.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be saved.</source>
        <extracomment>%1 is an id from the course content</extracomment>
        <translation>Không lưu được mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That is not a possible answer to question &quot;%1&quot;.</source>
        <extracomment>%1 is the question&apos;s id in the course content</extracomment>
        <translation>Đó không phải là câu trả lời hợp lệ cho câu hỏi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Định dạng xuất &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 has not passed any module yet: there is nothing to certify.</source>
        <extracomment>%1 is the trainee&apos;s name</extracomment>
        <translation>%1 chưa đạt học phần nào nên chưa có gì để cấp chứng nhận.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;)</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF %1.</source>
        <translation>Không tạo được tệp PDF %1.</translation>
    </message>
    <message>
        <source>A class named &quot;%1&quot; already exists.</source>
        <extracomment>%1 is the class name the instructor typed</extracomment>
        <translation>Đã có lớp tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is from another version of Khiên. Open it once with this version (an older file is upgraded then), or update Khiên, and try again.</source>
        <extracomment>%1 is a database file</extracomment>
        <translation>Cơ sở dữ liệu %1 thuộc một phiên bản Khiên khác. Hãy mở nó một lần bằng phiên bản này (tệp cũ hơn sẽ được nâng cấp khi đó) hoặc cập nhật Khiên, rồi thử lại.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>Followed by the database&apos;s or the system&apos;s own message, which is in English</extracomment>
        <translation>Chi tiết kỹ thuật: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a Khiên database. It has been left untouched.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu của Khiên. Tệp vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Khiên (format %2; this version reads up to %3). It has been left untouched: update Khiên to use it.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi một phiên bản Khiên mới hơn (định dạng %2; phiên bản này chỉ đọc được đến định dạng %3). Tệp vẫn được giữ nguyên: hãy cập nhật Khiên để dùng tệp này.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used because its file or its folder cannot be written (read-only folder, disk or permissions). Khiên needs to write beside the database. The file has been left untouched.</source>
        <extracomment>%1 is the database file; SQLite writes its journal files beside it</extracomment>
        <translation>Không dùng được cơ sở dữ liệu %1 vì không ghi được vào tệp hoặc thư mục chứa nó (thư mục hay ổ đĩa chỉ đọc, hoặc thiếu quyền). Khiên cần ghi tệp bên cạnh cơ sở dữ liệu. Tệp vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded and has been left as it was.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu %1; tệp vẫn được giữ nguyên như cũ.</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Save the export</source>
        <translation>Lưu tệp xuất</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>The session chosen on the dashboard: its modules, every trainee of the class.</source>
        <translation>Buổi học đang chọn ở bảng theo dõi: các học phần của buổi đó, mọi học viên của lớp.</translation>
    </message>
    <message>
        <source>Every module, every trainee of the class.</source>
        <translation>Mọi học phần, mọi học viên của lớp.</translation>
    </message>
    <message>
        <source>Scores (CSV, one row per trainee and module)</source>
        <translation>Điểm (CSV, mỗi dòng ứng với một học viên và một học phần)</translation>
    </message>
    <message>
        <source>Every answer (CSV)</source>
        <translation>Toàn bộ câu trả lời (CSV)</translation>
    </message>
    <message>
        <source>xAPI statements (JSON, for a learning record store)</source>
        <translation>Bản ghi xAPI (JSON, dùng cho kho dữ liệu học tập LRS)</translation>
    </message>
    <message>
        <source>Class report (PDF, tables and charts)</source>
        <translation>Báo cáo lớp (PDF, có bảng và biểu đồ)</translation>
    </message>
    <message>
        <source>Separate cells with “;” (Excel where the decimal mark is a comma, as in Vietnamese Windows)</source>
        <translation>Ngăn cách các ô bằng “;” (cho Excel dùng dấu phẩy làm dấu thập phân, như trên Windows tiếng Việt)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Replace “%1”?</source>
        <translation>Thay thế “%1”?</translation>
    </message>
    <message>
        <source>A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.</source>
        <translation>Thư mục “%1” đã có một tệp trùng tên. Nếu thay thế, nội dung của tệp đó sẽ bị ghi đè.</translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation>Hãy chọn ít nhất một tệp.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Go to the folder above</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Thư mục và tệp</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Thư mục %1</translation>
    </message>
    <message>
        <source>No folders here, and no files of this type.</source>
        <translation>Ở đây không có thư mục nào, cũng không có tệp thuộc loại này.</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
</context>
<context>
    <name>FileFlow</name>
    <message>
        <source>The file was not saved</source>
        <translation>Tệp chưa được lưu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Replace “%1”?</source>
        <translation>Thay thế “%1”?</translation>
    </message>
    <message>
        <source>A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.</source>
        <translation>Thư mục “%1” đã có một tệp trùng tên. Nếu thay thế, nội dung của tệp đó sẽ bị ghi đè.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FilesHelper</name>
    <message>
        <source>scores</source>
        <extracomment>Part of a proposed file name (&quot;Lop-10A1-diem-2026-12-03.csv&quot;); accents are removed from it</extracomment>
        <translation>điểm</translation>
    </message>
    <message>
        <source>answers</source>
        <extracomment>Part of a proposed file name: every answer of a class; accents are removed from it</extracomment>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>report</source>
        <extracomment>Part of a proposed file name: the class report (PDF); accents are removed from it</extracomment>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>certificate</source>
        <extracomment>Part of a proposed file name, after the trainee&apos;s name; accents are removed from it</extracomment>
        <translation>chứng nhận</translation>
    </message>
    <message>
        <source>results</source>
        <extracomment>Part of a proposed file name, before the computer&apos;s name; accents are removed from it</extracomment>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Tệp CSV (%1)</translation>
    </message>
    <message>
        <source>JSON files (%1)</source>
        <translation>Tệp JSON (%1)</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Tài liệu PDF (%1)</translation>
    </message>
    <message>
        <source>Results bundles (%1)</source>
        <translation>Gói kết quả (%1)</translation>
    </message>
    <message>
        <source>Class lists (%1)</source>
        <translation>Danh sách lớp (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Mọi tệp (%1)</translation>
    </message>
    <message>
        <source>Type a file name.</source>
        <translation>Hãy nhập tên tệp.</translation>
    </message>
    <message>
        <source>A file name cannot contain / \ : * ? &quot; &lt; &gt; | (they separate folders or are reserved).</source>
        <translation>Tên tệp không được chứa / \ : * ? &quot; &lt; &gt; | (các ký tự này dùng để phân cách thư mục hoặc được dành riêng).</translation>
    </message>
    <message>
        <source>The file name is too long. Type a shorter one.</source>
        <translation>Tên tệp quá dài. Hãy nhập tên ngắn hơn.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another folder.</source>
        <translation>Thư mục “%1” không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Type another name.</source>
        <translation>“%1” là một thư mục. Hãy nhập tên khác.</translation>
    </message>
    <message>
        <source>Khiên cannot save in the folder “%1”: it is read-only or you may not write there. Choose another folder, for example Documents or a USB stick.</source>
        <translation>Khiên không lưu được vào thư mục “%1”: thư mục chỉ cho phép đọc hoặc bạn không có quyền ghi vào đó. Hãy chọn thư mục khác, ví dụ Tài liệu hoặc USB.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Type another name.</source>
        <translation>“%1” chỉ cho phép đọc. Hãy nhập tên khác.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be opened.</source>
        <translation>Không mở được thư mục “%1”.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thư mục chính</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Màn hình nền</translation>
    </message>
    <message>
        <source>Drive: %1</source>
        <extracomment>A USB stick or other drive in the places of the file dialog; %1 is its name</extracomment>
        <translation>Ổ đĩa: %1</translation>
    </message>
    <message>
        <source>Moodle question banks, GIFT or XML (%1)</source>
        <translation>Ngân hàng câu hỏi Moodle, GIFT hoặc XML (%1)</translation>
    </message>
</context>
<context>
    <name>GiftImport</name>
    <message>
        <source>no answer block { … }: a description, which Khiên does not import</source>
        <translation>không có khối đáp án { … }: đây là phần mô tả, Khiên không nhập phần này</translation>
    </message>
    <message>
        <source>essay question: not a type Khiên can play</source>
        <translation>câu hỏi tự luận: Khiên không hỗ trợ loại câu hỏi này</translation>
    </message>
    <message>
        <source>no right answer (no = and no positive weight)</source>
        <translation>không có đáp án đúng (không có = và không có trọng số dương)</translation>
    </message>
    <message>
        <source>a matching question needs at least three pairs</source>
        <translation>câu hỏi ghép cặp cần ít nhất ba cặp</translation>
    </message>
    <message>
        <source>the answer block { opened on line %1 is never closed</source>
        <translation>khối đáp án { mở ở dòng %1 không bao giờ được đóng</translation>
    </message>
    <message>
        <source>a } closes an answer block that was never opened</source>
        <translation>dấu } đóng một khối đáp án chưa từng mở</translation>
    </message>
    <message>
        <source>an answer block { holds another {; escape it as \{</source>
        <translation>khối đáp án { chứa một { khác; hãy viết là \{</translation>
    </message>
    <message>
        <source>the answer block has no answer starting with = or ~</source>
        <translation>khối đáp án không có đáp án nào bắt đầu bằng = hoặc ~</translation>
    </message>
    <message>
        <source>numeric answer &quot;%1&quot; is not a number, number:tolerance or low..high</source>
        <translation>đáp án số &quot;%1&quot; không phải là số, số:sai số hoặc thấp..cao</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation>dòng %1 không phải UTF-8 hợp lệ; hãy lưu tệp dạng UTF-8 rồi nhập lại</translation>
    </message>
</context>
<context>
    <name>GiftImportPage</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Ngôn ngữ của tệp</translation>
    </message>
    <message>
        <source>Module id</source>
        <translation>Mã học phần (id)</translation>
    </message>
    <message>
        <source>e.g. phishing-bank (a-z, 0-9, -)</source>
        <translation>ví dụ: phishing-bank (a-z, 0-9, -)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Đã bỏ qua:</translation>
    </message>
    <message>
        <source>Import questions from Moodle</source>
        <translation>Nhập câu hỏi từ Moodle</translation>
    </message>
    <message>
        <source>Choose a GIFT or Moodle XML file</source>
        <translation>Chọn tệp GIFT hoặc Moodle XML</translation>
    </message>
    <message>
        <source>Import questions from Moodle (GIFT or XML)</source>
        <translation>Nhập câu hỏi từ Moodle (GIFT hoặc XML)</translation>
    </message>
    <message>
        <source>Choice, true/false, matching, ordering, short-answer, numeric and missing-word questions are imported; essays, descriptions, cloze, calculated and drag-and-drop questions are listed and skipped. An answer without feedback is imported with an empty explanation. Nothing is written unless the whole module loads. Import the same bank in the other language, with the same titles or ID numbers, to add that language.</source>
        <translation>Câu hỏi chọn đáp án, đúng/sai, ghép cặp, sắp xếp, trả lời ngắn, số và điền từ được nhập; bài luận, mô tả, cloze, câu hỏi tính toán và kéo thả được liệt kê và bỏ qua. Đáp án không có phản hồi được nhập với phần giải thích để trống. Không gì được ghi trừ khi cả học phần tải được. Nhập cùng ngân hàng bằng ngôn ngữ kia, với cùng tiêu đề hoặc số ID, để thêm ngôn ngữ đó.</translation>
    </message>
    <message>
        <source>Imported, with warnings:</source>
        <translation>Đã nhập, kèm cảnh báo:</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Từ điển thuật ngữ</translation>
    </message>
    <message>
        <source>Search, e.g. OTP, lừa đảo, lua dao</source>
        <translation>Tìm kiếm, ví dụ: OTP, lừa đảo, lua dao</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Tìm trong từ điển thuật ngữ</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Không có thuật ngữ nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>The loaded courses have no glossary.</source>
        <translation>Các khóa học đã tải không có từ điển thuật ngữ.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Danh sách thuật ngữ</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My history</source>
        <translation>Lịch sử của bạn</translation>
    </message>
    <message>
        <source>Quiz attempts, newest first</source>
        <translation>Các lần làm bài kiểm tra, mới nhất ở trên cùng</translation>
    </message>
    <message>
        <source>%1% · passed</source>
        <translation>%1% · đạt</translation>
    </message>
    <message>
        <source>%1% · not passed</source>
        <translation>%1% · chưa đạt</translation>
    </message>
    <message>
        <source>Interrupted · %1 of %2 answered (saved)</source>
        <translation>Dừng giữa chừng · đã trả lời %1/%2 câu (đã lưu)</translation>
    </message>
    <message>
        <source>Recorded grade per module:</source>
        <translation>Điểm ghi nhận cho mỗi học phần:</translation>
    </message>
    <message>
        <source>best attempt</source>
        <extracomment>The instructor chooses this on the instructor home page</extracomment>
        <translation>lần làm bài tốt nhất</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>lần làm bài đầu tiên</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>lần làm bài gần nhất</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Review this attempt</source>
        <translation>Xem lại lần làm bài này</translation>
    </message>
    <message>
        <source>Closed unfinished · %1 of %2 answered</source>
        <translation>Đã đóng khi chưa xong · đã trả lời %1/%2 câu</translation>
    </message>
    <message>
        <source>Every quiz you take is kept here with its score, so you can review your answers later. You have not taken a quiz yet.</source>
        <translation>Mỗi bài kiểm tra bạn làm được lưu ở đây cùng điểm số để bạn xem lại bài làm sau. Bạn chưa làm bài kiểm tra nào.</translation>
    </message>
    <message>
        <source>Choose a module</source>
        <translation>Chọn một học phần</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>Pick a module. Read its lesson, then test yourself with the quiz.</source>
        <translation>Chọn một học phần, đọc bài học rồi làm bài kiểm tra để thử sức nhé.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you missed are due for practice today.</source>
        <translation>
            <numerusform>Hôm nay có %n câu bạn từng làm sai cần ôn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation>Ôn lại câu đã sai</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Được giao: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <source>In class? Answer the instructor&apos;s live questions from this computer.</source>
        <translation>Đang trong lớp? Trả lời câu hỏi trực tiếp của giảng viên ngay trên máy này.</translation>
    </message>
    <message>
        <source>Join a live session</source>
        <translation>Tham gia phiên học trực tiếp</translation>
    </message>
</context>
<context>
    <name>InstructorController</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>No instructor passphrase is set yet.</source>
        <translation>Chưa đặt cụm mật khẩu giảng viên.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Sai cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Unlock instructor mode first.</source>
        <translation>Hãy mở khóa chế độ giảng viên trước.</translation>
    </message>
    <message>
        <source>The class could not be saved: %1</source>
        <translation>Không lưu được lớp: %1</translation>
    </message>
    <message>
        <source>Open a class first.</source>
        <translation>Hãy mở một lớp trước.</translation>
    </message>
    <message>
        <source>No trainee was added: %1</source>
        <translation>Chưa thêm được học viên nào: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n học viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) already in the class were skipped.</source>
        <translation>
            <numerusform>Đã bỏ qua %n tên đã có trong lớp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one name.</source>
        <translation>Vui lòng nhập ít nhất một tên.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file has no names.</source>
        <translation>Tệp không có tên nào.</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Vui lòng đặt tiêu đề cho buổi học.</translation>
    </message>
    <message>
        <source>The date must be written as year-month-day, for example 2026-11-23.</source>
        <translation>Ngày phải viết theo dạng năm-tháng-ngày, ví dụ 2026-11-23.</translation>
    </message>
    <message>
        <source>Choose at least one module for the session.</source>
        <translation>Hãy chọn ít nhất một học phần cho buổi học.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Không lưu được buổi học: %1</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Hãy chọn nơi lưu tệp.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>%1 has not passed any module yet: there is nothing to certify.</source>
        <translation>%1 chưa đạt học phần nào nên chưa có gì để cấp chứng nhận.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the results of %n trainee(s) in %1</source>
        <translation>
            <numerusform>Đã lưu kết quả của %n học viên vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2</source>
        <extracomment>%1 is a file name, %2 why it was refused</extracomment>
        <translation>%1: bị từ chối, không có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>Please enter a class name.</source>
        <translation>Vui lòng nhập tên lớp.</translation>
    </message>
    <message>
        <source>%1 (overdue) · %2: %3</source>
        <translation>%1 (đã quá hạn) · %2: %3</translation>
    </message>
    <message>
        <source>by %1 · %2: %3</source>
        <translation>trước %1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The try could not be recorded in the database, so the passphrase was not checked.</source>
        <translation>Không ghi được lần thử vào cơ sở dữ liệu nên cụm mật khẩu chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>The passphrase was not checked: wait until the countdown ends.</source>
        <translation>Cụm mật khẩu chưa được kiểm tra: hãy chờ hết thời gian đếm ngược.</translation>
    </message>
    <message>
        <source>The class has no trainees yet: there is nothing to export.</source>
        <translation>Lớp chưa có học viên nào nên chưa có gì để xuất.</translation>
    </message>
    <message>
        <source>Nobody in the class has answered a quiz yet: there is nothing to export.</source>
        <translation>Chưa có học viên nào trong lớp làm bài kiểm tra nên chưa có gì để xuất.</translation>
    </message>
    <message>
        <source>There are no trainees on this computer yet: there is nothing to save.</source>
        <translation>Máy tính này chưa có học viên nào nên chưa có gì để lưu.</translation>
    </message>
    <message>
        <source>%1: trainees new on this PC: %2, joined the class: %3; attempts added: %4, already on this PC: %5; lessons read added: %6; conflicts kept side by side: %7</source>
        <extracomment>%1 is a file name; then counts of what the results bundle added. A trainee already on this PC is not new but may still join the class.</extracomment>
        <translation>%1: học viên mới trên máy này: %2, đã vào lớp: %3; lượt làm bài được thêm: %4, đã có trên máy này: %5; bài học đã đọc được thêm: %6; xung đột được giữ song song: %7</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>InstructorGatePage</name>
    <message>
        <source>Instructor mode</source>
        <translation>Chế độ giảng viên</translation>
    </message>
    <message>
        <source>Set the instructor passphrase</source>
        <translation>Đặt cụm mật khẩu giảng viên</translation>
    </message>
    <message>
        <source>Instructor mode shows every trainee&apos;s results on this computer. Choose a passphrase of at least %1 characters that trainees cannot guess, for example a short sentence. Only a salted, slow hash of it is stored.</source>
        <translation>Chế độ giảng viên cho xem kết quả của mọi học viên trên máy tính này. Hãy chọn một cụm mật khẩu dài ít nhất %1 ký tự mà học viên không đoán được, ví dụ một câu ngắn. Khiên không lưu cụm mật khẩu, chỉ lưu giá trị băm của nó (có thêm salt, tính toán chậm).</translation>
    </message>
    <message>
        <source>Enter the instructor passphrase. Trainees cannot open these screens.</source>
        <translation>Nhập cụm mật khẩu giảng viên. Học viên không mở được các màn hình này.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>Set passphrase and continue</source>
        <translation>Đặt cụm mật khẩu và tiếp tục</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Forgotten passphrase? Whoever administers this computer can remove it with the command “khien reset-instructor”; all trainee data stays.</source>
        <translation>Quên cụm mật khẩu? Người quản trị máy tính này có thể xóa nó bằng lệnh “khien reset-instructor”; mọi dữ liệu của học viên vẫn được giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Nhập sai quá nhiều lần. Bạn có thể thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
</context>
<context>
    <name>InstructorHomePage</name>
    <message>
        <source>Classes</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <source>Save this computer&apos;s results</source>
        <translation>Lưu kết quả của máy tính này</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n học viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi học</numerusform>
        </translation>
    </message>
    <message>
        <source>Open class %1</source>
        <translation>Mở lớp %1</translation>
    </message>
    <message>
        <source>New class, e.g. Lớp 10A1 – An toàn thông tin</source>
        <translation>Lớp mới, ví dụ: Lớp 10A1 – An toàn thông tin</translation>
    </message>
    <message>
        <source>Name of the new class</source>
        <translation>Tên lớp mới</translation>
    </message>
    <message>
        <source>Create class</source>
        <translation>Tạo lớp</translation>
    </message>
    <message>
        <source>Present to the room</source>
        <translation>Trình chiếu cho cả lớp</translation>
    </message>
    <message>
        <source>Projector mode shows a lesson or a quiz in large type, step by step, and reveals the answers when you choose. No trainee data is shown.</source>
        <translation>Chế độ trình chiếu hiển thị bài học hoặc bài kiểm tra bằng chữ cỡ lớn, lần lượt từng phần, và chỉ hiện đáp án khi bạn muốn. Không hiển thị dữ liệu nào của học viên.</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Chế độ trình chiếu</translation>
    </message>
    <message>
        <source>Send this computer&apos;s results</source>
        <translation>Gửi kết quả của máy tính này</translation>
    </message>
    <message>
        <source>On a computer in the room: type the class key shown on the instructor&apos;s computer (class page, Trainees) and save every trainee&apos;s results here as one file, e.g. on a USB stick. Import it on the instructor&apos;s computer.</source>
        <translation>Trên một máy tính trong phòng: nhập khóa lớp hiển thị trên máy của giảng viên (trang lớp, thẻ Học viên) rồi lưu kết quả của mọi học viên trên máy này thành một tệp, ví dụ vào USB. Sau đó nhập tệp này trên máy của giảng viên.</translation>
    </message>
    <message>
        <source>Class key</source>
        <translation>Khóa lớp</translation>
    </message>
    <message>
        <source>Save results bundle…</source>
        <translation>Lưu gói kết quả…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters)</source>
        <translation>Cụm mật khẩu mới (ít nhất %1 ký tự)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Course settings for this computer</source>
        <translation>Thiết lập khóa học trên máy này</translation>
    </message>
    <message>
        <source>Recorded grade per module:</source>
        <translation>Điểm ghi nhận cho mỗi học phần:</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>lần làm bài tốt nhất</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>lần làm bài đầu tiên</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>lần làm bài gần nhất</translation>
    </message>
    <message>
        <source>Recorded grade per module</source>
        <translation>Điểm ghi nhận cho mỗi học phần</translation>
    </message>
    <message>
        <source>Content due for review</source>
        <translation>Nội dung cần rà soát</translation>
    </message>
    <message>
        <source>These facts may have changed (an end of support, a decree, a hotline). Check them before teaching, or tell whoever maintains the course.</source>
        <translation>Những thông tin này có thể đã thay đổi (hết hạn hỗ trợ, một nghị định, một đường dây nóng). Hãy kiểm tra trước khi dạy, hoặc báo cho người phụ trách khóa học.</translation>
    </message>
    <message>
        <source>A class gathers the trainees you teach together, with their sessions, results and reports. There is no class yet.</source>
        <translation>Lớp gom các học viên bạn dạy cùng nhau, kèm các buổi học, kết quả và báo cáo của họ. Hiện chưa có lớp nào.</translation>
    </message>
    <message>
        <source>Create the first class</source>
        <translation>Tạo lớp đầu tiên</translation>
    </message>
    <message>
        <source>Import questions from Moodle (GIFT or XML)…</source>
        <translation>Nhập câu hỏi từ Moodle (GIFT hoặc XML)…</translation>
    </message>
    <message>
        <source>A live session was interrupted when Khiên closed. Open Live session to resume it.</source>
        <translation>Một phiên học trực tiếp đã bị gián đoạn khi Khiên đóng. Mở Phiên học trực tiếp để tiếp tục.</translation>
    </message>
    <message>
        <source>Back to the live session</source>
        <translation>Quay lại phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Live session…</source>
        <translation>Phiên học trực tiếp…</translation>
    </message>
</context>
<context>
    <name>InstructorTraineePage</name>
    <message>
        <source>Save the certificate</source>
        <translation>Lưu chứng nhận</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Chứng nhận hoàn thành</translation>
    </message>
    <message>
        <source>Issued by (organisation or instructor, optional)</source>
        <translation>Đơn vị cấp (tổ chức hoặc giảng viên, không bắt buộc)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Lưu chứng nhận (PDF)…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Các lượt làm bài</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Chưa có lượt làm bài nào.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>closed unfinished</source>
        <translation>đã đóng khi chưa xong</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang làm</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisTab</name>
    <message>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message numerus="yes">
        <source>%1% right (%n trainee(s))</source>
        <translation>
            <numerusform>%1% trả lời đúng (%n học viên)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered yet</source>
        <translation>Chưa có ai trả lời</translation>
    </message>
    <message>
        <source>Discrimination %1</source>
        <translation>Độ phân biệt %1</translation>
    </message>
    <message>
        <source>Discrimination: too few trainees</source>
        <translation>Độ phân biệt: quá ít học viên</translation>
    </message>
    <message numerus="yes">
        <source>Most chosen wrong answer (%n trainee(s)): %1</source>
        <translation>
            <numerusform>Đáp án sai được chọn nhiều nhất (%n học viên): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discrimination: how much more often the strongest 27% of trainees got the question right than the weakest 27% (−1 to 1). Below %1, the question does not tell them apart; below 0, check it for a mistake.</source>
        <translation>Độ phân biệt: nhóm 27% học viên giỏi nhất trả lời đúng câu này nhiều hơn nhóm 27% yếu nhất bao nhiêu (từ −1 đến 1). Dưới %1, câu hỏi không phân biệt được hai nhóm; dưới 0, hãy kiểm tra xem câu hỏi có sai sót không.</translation>
    </message>
    <message>
        <source>Once trainees of this class answer this module&apos;s quiz, each question shows here: how many got it right and which wrong answer drew them. No answers yet.</source>
        <translation>Khi học viên của lớp làm bài kiểm tra của học phần này, từng câu hỏi sẽ hiện ở đây: bao nhiêu người trả lời đúng và đáp án sai nào thu hút họ. Hiện chưa có câu trả lời nào.</translation>
    </message>
    <message>
        <source>Plan a session with this module</source>
        <translation>Lên kế hoạch buổi học với học phần này</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Most common wrong answers (trainees): %1</source>
        <translation>Các câu trả lời sai thường gặp nhất (số học viên): %1</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next / previous control. The control with the keyboard focus has an orange frame.</source>
        <translation>Chuyển đến điều khiển tiếp theo / trước đó. Điều khiển đang nhận bàn phím có khung màu cam.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Phím cách</translation>
    </message>
    <message>
        <source>Press the framed button; choose or clear an answer; mark or unmark a warning sign.</source>
        <translation>Bấm nút đang có khung; chọn hoặc bỏ chọn một đáp án; đánh dấu hoặc bỏ đánh dấu một dấu hiệu cảnh báo.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the framed button. In a quiz: check the answer, then go to the next question. Enter never leaves a quiz.</source>
        <translation>Bấm nút đang có khung. Trong bài kiểm tra: kiểm tra đáp án, rồi sang câu tiếp theo. Enter không bao giờ thoát bài kiểm tra.</translation>
    </message>
    <message>
        <source>↑ ↓ ← →</source>
        <translation>↑ ↓ ← →</translation>
    </message>
    <message>
        <source>Move between the answers of a question and the rows of a list; scroll a lesson.</source>
        <translation>Di chuyển giữa các đáp án của một câu hỏi và các dòng của một danh sách; cuộn bài học.</translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation>Ctrl+↑ / Ctrl+↓</translation>
    </message>
    <message>
        <source>Move the framed step up or down (questions that ask for an order).</source>
        <translation>Đưa bước đang có khung lên hoặc xuống (câu hỏi sắp xếp thứ tự).</translation>
    </message>
    <message>
        <source>Page Up / Page Down, Home / End</source>
        <translation>Page Up / Page Down, Home / End</translation>
    </message>
    <message>
        <source>Scroll a lesson.</source>
        <translation>Cuộn bài học.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Go back. In a quiz, asks first when your choice is not checked yet.</source>
        <translation>Quay lại. Trong bài kiểm tra, sẽ hỏi trước nếu lựa chọn của bạn chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show this list.</source>
        <translation>Hiện danh sách này.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+− / Ctrl+0</source>
        <translation>Ctrl++ / Ctrl+− / Ctrl+0</translation>
    </message>
    <message>
        <source>Larger / smaller text; the system&apos;s text size. &quot;Display&quot; in the top bar has the other display settings.</source>
        <translation>Chữ to hơn / nhỏ hơn; cỡ chữ của hệ thống. Nút &quot;Hiển thị&quot; trên thanh trên cùng có các cài đặt hiển thị khác.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Lesson text</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>%1 — %2. %3 (read %4)</source>
        <extracomment>A lesson source: %1 title, %2 publisher, %3 address, %4 date it was read</extracomment>
        <translation>%1 — %2. %3 (truy cập ngày %4)</translation>
    </message>
    <message>
        <source>I have read this lesson</source>
        <translation>Tôi đã đọc xong bài học này</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Mở trang web?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Mở trong trình duyệt</translation>
    </message>
    <message>
        <source>This link leads to:
%1

Check the address before you open it. It opens in your web browser.</source>
        <translation>Liên kết này dẫn tới:
%1

Hãy kiểm tra kỹ địa chỉ trước khi mở. Trang sẽ mở trong trình duyệt web của bạn.</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Ý chính</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>There is no interrupted live session to resume.</source>
        <translation>Không có phiên học trực tiếp nào bị gián đoạn để tiếp tục.</translation>
    </message>
    <message>
        <source>Unlock instructor mode first.</source>
        <translation>Hãy mở khóa chế độ giảng viên trước.</translation>
    </message>
    <message>
        <source>A live session is already running. Stop it before starting another.</source>
        <translation>Một phiên học trực tiếp đang diễn ra. Hãy dừng nó trước khi bắt đầu phiên khác.</translation>
    </message>
    <message>
        <source>Choose the network address the room&apos;s devices reach this computer on.</source>
        <translation>Hãy chọn địa chỉ mạng mà các thiết bị trong phòng dùng để kết nối tới máy tính này.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (any more). Choose one from the list.</source>
        <translation>%1 không (còn) là địa chỉ của máy tính này. Hãy chọn một địa chỉ trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Hãy chọn một lớp trước.</translation>
    </message>
    <message>
        <source>Choose a module first.</source>
        <translation>Hãy chọn một học phần trước.</translation>
    </message>
    <message>
        <source>The module “%1” has no quiz to play live.</source>
        <translation>Học phần “%1” không có bài kiểm tra để chơi trực tiếp.</translation>
    </message>
    <message>
        <source>Khiên could not open a port on %1. Choose another address, or check the firewall.</source>
        <translation>Khiên không mở được cổng trên %1. Hãy chọn địa chỉ khác hoặc kiểm tra tường lửa.</translation>
    </message>
    <message>
        <source>The live session could not be written to the database %1.</source>
        <translation>Không ghi được phiên học trực tiếp vào cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Đúng một phần</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Chưa đúng</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · started %3 · %n participant(s)</source>
        <translation>
            <numerusform>%1 · %2 · bắt đầu lúc %3 · %n người tham gia</numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted live session could not be removed from the database %1.</source>
        <translation>Không xóa được phiên học trực tiếp bị gián đoạn khỏi cơ sở dữ liệu %1.</translation>
    </message>
</context>
<context>
    <name>LiveDashboard</name>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n người đã tham gia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded</source>
        <translation>
            <numerusform>Đã ghi %n câu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each participant&apos;s progress (names: not for the projector)</source>
        <translation>Hiện tiến độ từng người (có tên: không chiếu lên màn hình lớn)</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 right</source>
        <translation>Đã trả lời %1/%2, đúng %3</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>đang kết nối</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>mất kết nối</translation>
    </message>
</context>
<context>
    <name>LiveDistribution</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) answered</source>
        <translation>
            <numerusform>%1 trên %n người đã trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>How many got it right is shown with the answer.</source>
        <translation>Số người trả lời đúng sẽ hiện cùng đáp án.</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Đáp án đúng</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
</context>
<context>
    <name>LiveJoinPage</name>
    <message>
        <source>Join a live session</source>
        <translation>Tham gia phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Type the address and the code shown on the projector. You answer as %1; your answers are saved on the instructor&apos;s computer.</source>
        <translation>Nhập địa chỉ và mã phiên hiển thị trên máy chiếu. Bạn trả lời với tên %1; câu trả lời được lưu trên máy của giảng viên.</translation>
    </message>
    <message>
        <source>Sessions on this network</source>
        <translation>Các phiên học trên mạng này</translation>
    </message>
    <message>
        <source>None announced yet. You can type the address instead.</source>
        <translation>Chưa thấy phiên học nào. Bạn có thể nhập địa chỉ.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A session found on the network: class name — address:port</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Use the session of %1 at %2</source>
        <translation>Chọn phiên học của %1 tại %2</translation>
    </message>
    <message>
        <source>Any device on the network can announce itself: check that the address matches the one on the projector.</source>
        <translation>Thiết bị nào trong mạng cũng có thể tự giới thiệu: hãy kiểm tra địa chỉ có khớp với địa chỉ trên máy chiếu không.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:41234</source>
        <translation>ví dụ 192.168.1.10:41234</translation>
    </message>
    <message>
        <source>Address of the instructor&apos;s computer</source>
        <translation>Địa chỉ máy của giảng viên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã phiên</translation>
    </message>
    <message>
        <source>6 digits, e.g. 391 907</source>
        <translation>6 chữ số, ví dụ 391 907</translation>
    </message>
    <message>
        <source>Session code, 6 digits</source>
        <translation>Mã phiên, 6 chữ số</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation>Tham gia phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>LiveJoinScreen</name>
    <message>
        <source>QR code of the join address</source>
        <translation>Mã QR của địa chỉ tham gia</translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation>Tham gia phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Connect to the room&apos;s Wi-Fi, then scan the code or open this address:</source>
        <translation>Kết nối Wi-Fi của phòng học, rồi quét mã hoặc mở địa chỉ này:</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Mã phiên</translation>
    </message>
    <message>
        <source>Session code %1</source>
        <translation>Mã phiên %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n người đã tham gia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveQuizController</name>
    <message>
        <source>%1 of %2 points</source>
        <extracomment>The live session&apos;s result, e.g. &quot;7 of 10 points&quot;.</extracomment>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Phiên học trực tiếp</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>The instructor showed the answer. You did not answer this question.</source>
        <translation>Giảng viên đã công bố đáp án. Bạn chưa trả lời câu này.</translation>
    </message>
    <message>
        <source>The instructor closed this scenario.</source>
        <translation>Giảng viên đã đóng tình huống này.</translation>
    </message>
    <message>
        <source>The instructor showed the answer. Compare it with yours.</source>
        <translation>Giảng viên đã công bố đáp án. Hãy so sánh với câu trả lời của bạn.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Chính xác!</translation>
    </message>
    <message>
        <source>Not right this time. The right answer is marked.</source>
        <translation>Lần này chưa đúng. Đáp án đúng đã được đánh dấu.</translation>
    </message>
    <message>
        <source>The instructor&apos;s computer could not save your answer. Send it again.</source>
        <translation>Máy của giảng viên chưa lưu được câu trả lời. Hãy gửi lại.</translation>
    </message>
    <message>
        <source>This question was already answered.</source>
        <translation>Câu này đã được trả lời.</translation>
    </message>
    <message>
        <source>This question is closed: the instructor has moved on.</source>
        <translation>Câu này đã đóng: giảng viên đã chuyển sang câu khác.</translation>
    </message>
    <message>
        <source>Too many messages at once. Wait a moment, then send your answer again.</source>
        <translation>Gửi quá nhiều lần cùng lúc. Chờ một chút rồi gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The instructor&apos;s computer did not accept this answer. Try again.</source>
        <translation>Máy của giảng viên không nhận câu trả lời này. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The instructor has ended this session.</source>
        <translation>Giảng viên đã kết thúc phiên học này.</translation>
    </message>
    <message>
        <source>The session no longer knows this computer. Leave and join again with the code.</source>
        <translation>Phiên học không còn nhận ra máy này. Hãy thoát rồi tham gia lại bằng mã phiên.</translation>
    </message>
    <message>
        <source>The connection to the instructor&apos;s computer was lost. Leave and join again.</source>
        <translation>Đã mất kết nối với máy của giảng viên. Hãy thoát rồi tham gia lại.</translation>
    </message>
    <message>
        <source>Address: type the address shown on the projector, such as 192.168.1.10:41234.</source>
        <translation>Địa chỉ: hãy nhập địa chỉ hiển thị trên máy chiếu, ví dụ 192.168.1.10:41234.</translation>
    </message>
    <message>
        <source>Code: type the 6-digit code shown on the projector.</source>
        <translation>Mã phiên: hãy nhập mã 6 chữ số hiển thị trên máy chiếu.</translation>
    </message>
    <message>
        <source>Code: this is not the session&apos;s code. Check the 6 digits on the projector.</source>
        <translation>Mã phiên: đây không phải mã của phiên học này. Hãy kiểm tra 6 chữ số trên máy chiếu.</translation>
    </message>
    <message>
        <source>The session is full. Ask the instructor.</source>
        <translation>Phiên học đã đủ người. Hãy hỏi giảng viên.</translation>
    </message>
    <message>
        <source>Someone has already joined this session with your name. If that was you on another computer, ask the instructor.</source>
        <translation>Đã có người tham gia phiên học này bằng tên của bạn. Nếu đó là bạn trên máy khác, hãy hỏi giảng viên.</translation>
    </message>
    <message>
        <source>Too many tries from this computer. Wait a minute, then try again.</source>
        <translation>Máy này đã thử quá nhiều lần. Chờ một phút rồi thử lại.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Phiên học này đã kết thúc.</translation>
    </message>
    <message>
        <source>Address: no live session answered at %1. Check the address on the projector and that this computer is on the room&apos;s network.</source>
        <extracomment>%1 is the address typed, e.g. 192.168.1.10:41234</extracomment>
        <translation>Địa chỉ: không có phiên học trực tiếp nào trả lời tại %1. Hãy kiểm tra địa chỉ trên máy chiếu và xem máy này đã nối vào mạng của phòng chưa.</translation>
    </message>
    <message>
        <source>The instructor&apos;s computer refused to join. Try again.</source>
        <translation>Máy của giảng viên từ chối cho tham gia. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>LiveQuizEnd</name>
    <message>
        <source>The live session is over</source>
        <translation>Phiên học trực tiếp đã kết thúc</translation>
    </message>
    <message>
        <source>Your score: %1</source>
        <translation>Điểm của bạn: %1</translation>
    </message>
    <message>
        <source>Your answers are saved on the instructor&apos;s computer, not on this one.</source>
        <translation>Câu trả lời của bạn được lưu trên máy của giảng viên, không lưu trên máy này.</translation>
    </message>
    <message>
        <source>Back to my modules</source>
        <translation>Về danh sách học phần</translation>
    </message>
</context>
<context>
    <name>LiveQuizStatus</name>
    <message>
        <source>Connection to the instructor&apos;s computer lost. Reconnecting…</source>
        <translation>Mất kết nối với máy của giảng viên. Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Waiting for the instructor…</source>
        <translation>Đang chờ giảng viên…</translation>
    </message>
</context>
<context>
    <name>LiveSessionPage</name>
    <message>
        <source>Live session</source>
        <translation>Phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Stop the live session?</source>
        <translation>Dừng phiên học trực tiếp?</translation>
    </message>
    <message>
        <source>Participants can no longer answer and the port is closed. Every answer already given is kept in the class&apos;s results.</source>
        <translation>Người tham gia không thể trả lời nữa và cổng mạng được đóng. Mọi câu trả lời đã gửi vẫn được lưu trong kết quả của lớp.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Dừng phiên học</translation>
    </message>
    <message>
        <source>The live session has ended. Its answers are in the class&apos;s dashboard.</source>
        <translation>Phiên học trực tiếp đã kết thúc. Các câu trả lời có trong bảng tổng hợp của lớp.</translation>
    </message>
    <message>
        <source>A live session was interrupted</source>
        <translation>Một phiên học trực tiếp đã bị gián đoạn</translation>
    </message>
    <message>
        <source>Resume it with the same code: participants reconnect and continue where they were.</source>
        <translation>Tiếp tục với cùng mã: người tham gia kết nối lại và làm tiếp từ chỗ đang dừng.</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Tiếp tục phiên học</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Bỏ qua phiên này</translation>
    </message>
    <message>
        <source>Phones and room computers on this room&apos;s network join with a code and answer a module&apos;s quiz together; no internet is needed. Each answer is saved in the class&apos;s results. The projector shows how many chose each answer, never who.</source>
        <translation>Điện thoại và máy tính trong mạng của phòng học tham gia bằng một mã và cùng làm bài kiểm tra của một học phần; không cần Internet. Mỗi câu trả lời được lưu vào kết quả của lớp. Màn chiếu chỉ hiện số người chọn mỗi đáp án, không bao giờ hiện ai đã chọn.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Nhịp độ</translation>
    </message>
    <message>
        <source>I open each question</source>
        <translation>Tôi mở từng câu hỏi</translation>
    </message>
    <message>
        <source>Everyone at their own pace</source>
        <translation>Mỗi người tự làm theo nhịp của mình</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Địa chỉ mạng</translation>
    </message>
    <message>
        <source>This computer is on no network. Connect it to the room&apos;s Wi-Fi access point (no internet needed), then press Look again.</source>
        <translation>Máy tính này chưa kết nối mạng nào. Hãy kết nối với điểm phát Wi-Fi của phòng học (không cần Internet), rồi bấm Tìm lại.</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Bắt đầu phiên học trực tiếp</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n người đã tham gia</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the question</source>
        <translation>Hiện câu hỏi</translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation>Hiện cách tham gia</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Hiện đáp án</translation>
    </message>
    <message>
        <source>Open the first question</source>
        <translation>Mở câu hỏi đầu tiên</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <source>End the quiz</source>
        <translation>Kết thúc bài kiểm tra</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Dừng…</translation>
    </message>
    <message>
        <source>The quiz is over. Stop the session to close the port; the answers are in the class&apos;s dashboard.</source>
        <translation>Bài kiểm tra đã kết thúc. Hãy dừng phiên học để đóng cổng mạng; các câu trả lời có trong bảng tổng hợp của lớp.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Khiên – Digital Shield</source>
        <translation>Khiên – Lá chắn số</translation>
    </message>
</context>
<context>
    <name>MatchingQuestion</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Partner for %1</source>
        <translation>Chọn mục ghép với %1</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Đúng.</translation>
    </message>
    <message>
        <source>Its partner: %1.</source>
        <translation>Phải ghép với: %1.</translation>
    </message>
</context>
<context>
    <name>MissingWordQuestion</name>
    <message>
        <source>(choose a word)</source>
        <translation>(chọn một từ)</translation>
    </message>
    <message>
        <source>The missing word</source>
        <translation>Từ còn thiếu</translation>
    </message>
</context>
<context>
    <name>MockPart</name>
    <message>
        <source>Warning sign, found</source>
        <translation>Dấu hiệu đáng ngờ, đã tìm ra</translation>
    </message>
    <message>
        <source>Warning sign, missed</source>
        <translation>Dấu hiệu đáng ngờ, bị bỏ sót</translation>
    </message>
    <message>
        <source>Not a warning sign</source>
        <translation>Không phải dấu hiệu đáng ngờ</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Lessons read: %1 of %2</source>
        <translation>Đã đọc: %1/%2 bài học</translation>
    </message>
    <message>
        <source>Quiz not taken yet</source>
        <translation>Chưa làm bài kiểm tra</translation>
    </message>
    <message>
        <source>Best quiz score: %1%</source>
        <translation>Điểm kiểm tra cao nhất: %1%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open module %1</source>
        <translation>Mở học phần %1</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Bạn chưa đạt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>You will learn to</source>
        <translation>Sau học phần này, bạn có thể</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Read the lesson %1</source>
        <translation>Đọc bài học %1</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Chưa làm bài</translation>
    </message>
    <message>
        <source>Best score %1% · passed</source>
        <translation>Điểm cao nhất %1% · đạt</translation>
    </message>
    <message>
        <source>Best score %1% · not passed yet</source>
        <translation>Điểm cao nhất %1% · chưa đạt</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>Bắt đầu làm bài</translation>
    </message>
    <message>
        <source>Continue (%1 of %2 answered)</source>
        <translation>Làm tiếp (đã trả lời %1/%2 câu)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Started, not finished yet</source>
        <translation>Đã bắt đầu, chưa làm xong</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · pass mark %1%</source>
        <translation>
            <numerusform>%n câu hỏi · điểm đạt %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the quiz over?</source>
        <translation>Làm lại bài kiểm tra từ đầu?</translation>
    </message>
    <message>
        <source>The unfinished attempt (%1 of %2 answered) is closed and kept in your history; the new attempt starts from the first question.</source>
        <translation>Lượt làm bài chưa xong (đã trả lời %1/%2 câu) sẽ được đóng lại và vẫn lưu trong lịch sử của bạn; lượt mới bắt đầu từ câu hỏi đầu tiên.</translation>
    </message>
</context>
<context>
    <name>MoodleExport</name>
    <message>
        <source>a scenario has no Moodle form; left out</source>
        <translation>tình huống không có dạng Moodle; đã bỏ ra</translation>
    </message>
    <message>
        <source>GIFT has no ordering questions; export as Moodle XML to keep it</source>
        <translation>GIFT không có câu sắp xếp; hãy xuất dạng Moodle XML để giữ</translation>
    </message>
    <message>
        <source>a true/false question without its two options</source>
        <translation>câu đúng/sai thiếu hai lựa chọn của nó</translation>
    </message>
    <message>
        <source>GIFT cannot say that case matters; Moodle will ignore case</source>
        <translation>GIFT không ghi được việc phân biệt hoa thường; Moodle sẽ bỏ qua chữ hoa/thường</translation>
    </message>
    <message>
        <source>several orders are right in Khiên; Moodle accepts only the listed one</source>
        <translation>Khiên chấp nhận nhiều thứ tự đúng; Moodle chỉ nhận thứ tự đã liệt kê</translation>
    </message>
</context>
<context>
    <name>MoodleImport</name>
    <message>
        <source>the file holds more than 100000 questions</source>
        <translation>tệp chứa hơn 100000 câu hỏi</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was imported</source>
        <extracomment>%1 line number, %2 what is wrong</extracomment>
        <translation>dòng %1: %2; không có gì được nhập</translation>
    </message>
    <message>
        <source>a &lt;!DOCTYPE&gt; (DTD) is not allowed in a question bank</source>
        <translation>ngân hàng câu hỏi không được chứa &lt;!DOCTYPE&gt; (DTD)</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not allowed (only XML&apos;s own and character references)</source>
        <translation>không cho phép thực thể &amp;%1; (chỉ các thực thể của XML và tham chiếu ký tự)</translation>
    </message>
    <message>
        <source>expected &lt;quiz&gt; as the first element (a Moodle XML question bank), found &lt;%1&gt;</source>
        <translation>phần tử đầu tiên phải là &lt;quiz&gt; (ngân hàng câu hỏi Moodle XML), nhưng gặp &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the file has no &lt;quiz&gt; element</source>
        <translation>tệp không có phần tử &lt;quiz&gt;</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>các phần tử lồng nhau sâu quá %1 cấp</translation>
    </message>
    <message>
        <source>an element holds more than 2000 elements</source>
        <translation>một phần tử chứa hơn 2000 phần tử</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation>dòng %1 không phải UTF-8 hợp lệ; hãy lưu tệp dạng UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <source>&quot;%1&quot; questions are not a type Khiên can play</source>
        <translation>câu hỏi loại &quot;%1&quot; không phải là loại Khiên chơi được</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>câu hỏi không có nội dung</translation>
    </message>
    <message>
        <source>a &lt;%1&gt; in its text was dropped</source>
        <translation>thẻ &lt;%1&gt; trong nội dung đã bị loại bỏ</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not inside the file and was dropped</source>
        <translation>hình &quot;%1&quot; không nằm trong tệp nên đã bị loại bỏ</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not in the file and was dropped</source>
        <translation>hình &quot;%1&quot; không có trong tệp nên đã bị loại bỏ</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is larger than %2 kB and was dropped</source>
        <translation>hình &quot;%1&quot; lớn hơn %2 kB nên đã bị loại bỏ</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; was dropped: an import keeps at most %2 images</source>
        <translation>hình &quot;%1&quot; đã bị loại bỏ: mỗi lần nhập giữ tối đa %2 hình</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not a PNG, JPEG or GIF image and was dropped</source>
        <translation>tệp &quot;%1&quot; không phải hình PNG, JPEG hay GIF nên đã bị loại bỏ</translation>
    </message>
    <message>
        <source>no answer is worth any points</source>
        <translation>không đáp án nào được điểm</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with partial credit count as wrong: Khiên&apos;s single choice has one right answer</source>
        <translation>
            <numerusform>%n đáp án được điểm một phần bị tính là sai: câu chọn một của Khiên có một đáp án đúng</numerusform>
        </translation>
    </message>
    <message>
        <source>a true/false question needs exactly one right answer</source>
        <translation>câu đúng/sai cần đúng một đáp án đúng</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) worth no points were left out: Khiên marks any other answer wrong</source>
        <translation>
            <numerusform>%n đáp án không được điểm đã bị bỏ: Khiên chấm sai mọi đáp án khác</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is not a number and was left out</source>
        <translation>đáp án &quot;%1&quot; không phải là số nên đã bị bỏ</translation>
    </message>
    <message>
        <source>units are not kept: the number alone is checked</source>
        <translation>không giữ đơn vị: chỉ kiểm tra con số</translation>
    </message>
    <message numerus="yes">
        <source>%n extra right-hand choice(s) (subquestions without text) were left out: Khiên matches pairs only</source>
        <translation>
            <numerusform>%n lựa chọn bên phải dư (câu con không có nội dung) đã bị bỏ: Khiên chỉ ghép theo cặp</numerusform>
        </translation>
    </message>
    <message>
        <source>a matching question needs at least three pairs</source>
        <translation>câu hỏi ghép cặp cần ít nhất ba cặp</translation>
    </message>
    <message>
        <source>an ordering question needs at least three items</source>
        <translation>câu sắp xếp cần ít nhất ba mục</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu lại dưới dạng &quot;CSV UTF-8&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a class list is much smaller.</source>
        <translation>Tệp lớn hơn 1 MB; một danh sách lớp thường nhỏ hơn nhiều.</translation>
    </message>
    <message>
        <source>More than %1 names; only the first %1 were read.</source>
        <translation>Có hơn %1 tên; chỉ đọc %1 tên đầu tiên.</translation>
    </message>
    <message>
        <source>line %1: the name is longer than 100 characters</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>dòng %1: tên dài quá 100 ký tự</translation>
    </message>
    <message>
        <source>line %1: a quote is not closed</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>dòng %1: có dấu ngoặc kép chưa được đóng</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Done</source>
        <extracomment>Word before a message in a green box: the action worked</extracomment>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Word before a message in an orange box</extracomment>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Word before a message in a red box: something failed</extracomment>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>OrderingQuestion</name>
    <message>
        <source>Drag the steps, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation>Kéo thả các bước, hoặc chọn một bước rồi nhấn Ctrl+Up / Ctrl+Down.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
    <message>
        <source>Right place.</source>
        <translation>Đúng vị trí.</translation>
    </message>
    <message>
        <source>Belongs at place %1.</source>
        <translation>Vị trí đúng là %1.</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <extracomment>%1 is the text of a step being put in order</extracomment>
        <translation>Chuyển lên: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Chuyển xuống: %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <extracomment>%1 is a number (12)</extracomment>
        <translation>Cụm mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>An instructor passphrase is already set.</source>
        <translation>Đã có cụm mật khẩu giảng viên.</translation>
    </message>
    <message>
        <source>No instructor passphrase is set yet.</source>
        <translation>Chưa đặt cụm mật khẩu giảng viên.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>Cụm mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Nhập sai quá nhiều lần. Hãy thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>The passphrase could not be saved in the database.</source>
        <translation>Không lưu được cụm mật khẩu vào cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ProjectorDeck</name>
    <message>
        <source>True</source>
        <extracomment>A true/false question&apos;s answer, on a projector slide</extracomment>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>This lesson&apos;s text cannot be shown: %1</source>
        <extracomment>%1 says why, e.g. &quot;cannot open the lesson text: No such file or directory&quot;</extracomment>
        <translation>Không thể hiển thị nội dung bài học này: %1</translation>
    </message>
    <message>
        <source>Several orders are right; this is one of them.</source>
        <extracomment>Revealed on an ordering question whose file declares which steps must precede which</extracomment>
        <translation>Có nhiều thứ tự đúng; đây là một trong số đó.</translation>
    </message>
    <message>
        <source>Accepted answers: %1</source>
        <extracomment>Revealed on a question answered by typing; %1 lists the answers accepted</extracomment>
        <translation>Câu trả lời được chấp nhận: %1</translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <extracomment>Revealed when the content gives no explanation for the question</extracomment>
        <translation>Câu hỏi này không có lời giải thích.</translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message>
        <source>Projector mode</source>
        <translation>Chế độ trình chiếu</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>Chọn một đáp án</translation>
    </message>
    <message>
        <source>Choose all that apply</source>
        <translation>Chọn tất cả đáp án đúng</translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation>Đúng hay sai?</translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation>Sắp xếp các bước theo đúng thứ tự</translation>
    </message>
    <message>
        <source>Match each item with its answer</source>
        <translation>Ghép mỗi mục với đáp án tương ứng</translation>
    </message>
    <message>
        <source>Find the warning signs</source>
        <translation>Tìm các dấu hiệu đáng ngờ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu %1/%2</translation>
    </message>
    <message>
        <source>Scenario, step %1 of %2</source>
        <translation>Tình huống, bước %1/%2</translation>
    </message>
    <message>
        <source>Choose a module to present to the whole room. Slides show the lessons and the quiz questions in large type; answers appear only when you reveal them. No trainee names or scores are shown.</source>
        <translation>Chọn một học phần để trình chiếu cho cả lớp. Các trang chiếu hiển thị bài học và câu hỏi kiểm tra bằng chữ cỡ lớn; đáp án chỉ hiện ra khi bạn bấm Hiện đáp án. Không hiển thị tên hay điểm của học viên nào.</translation>
    </message>
    <message>
        <source>Keys while presenting: → or Space next, ← previous, R reveal answers, F full screen, Esc leave full screen.</source>
        <translation>Phím tắt khi trình chiếu: → hoặc Space: trang tiếp, ←: trang trước, R: hiện đáp án, F: toàn màn hình, Esc: thoát toàn màn hình.</translation>
    </message>
    <message>
        <source>In this module you will:</source>
        <translation>Sau học phần này, bạn có thể:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Đáp án đúng:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Các học phần</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Hide answers</source>
        <translation>Ẩn đáp án</translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation>Hiện đáp án</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Gõ câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Gõ một con số</translation>
    </message>
    <message>
        <source>Choose the missing word</source>
        <translation>Chọn từ còn thiếu</translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>line %1 (%2): %3</source>
        <extracomment>%1 line number, %2 question title, %3 what happened</extracomment>
        <translation>dòng %1 (%2): %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no question could be imported</source>
        <translation>không nhập được câu hỏi nào</translation>
    </message>
    <message>
        <source>the pack %1 has problems; fix them first: %2</source>
        <translation>gói nội dung %1 đang có lỗi; hãy sửa trước: %2</translation>
    </message>
    <message>
        <source>the pack %1 holds the module &quot;%2&quot;, which was not made by an import; import into another pack</source>
        <translation>gói %1 chứa học phần &quot;%2&quot; không do việc nhập tạo ra; hãy nhập vào gói khác</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by the question on line %2; this one gets the id &quot;%3&quot;</source>
        <extracomment>%1 an id, %2 a line number, %3 the new id</extracomment>
        <translation>mã &quot;%1&quot; đã được câu hỏi ở dòng %2 dùng; câu này nhận mã &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a text holds HTML or an HTML-like tag (&quot;%1&quot;); Khiên shows plain text only</source>
        <translation>một đoạn văn bản chứa HTML hoặc thứ giống thẻ HTML (&quot;%1&quot;); Khiên chỉ hiển thị văn bản thuần</translation>
    </message>
    <message>
        <source>a text holds the invisible character U+%1, which can disguise text</source>
        <translation>một đoạn văn bản chứa ký tự vô hình U+%1, loại ký tự có thể dùng để ngụy trang văn bản</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>một đoạn văn bản dài quá %1 ký tự</translation>
    </message>
    <message>
        <source>the question has %1 answers; Khiên takes at most %2</source>
        <translation>câu hỏi có %1 phương án; Khiên nhận tối đa %2</translation>
    </message>
    <message>
        <source>the module already holds %1 questions, the most a quiz may have</source>
        <translation>học phần đã có %1 câu hỏi, mức tối đa của một bài kiểm tra</translation>
    </message>
    <message>
        <source>an answer has no feedback; its explanation is left empty</source>
        <translation>một đáp án không có phản hồi; phần giải thích để trống</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; already exists with other answers; give it another title</source>
        <translation>câu hỏi &quot;%1&quot; đã có với các đáp án khác; hãy đặt cho nó tiêu đề khác</translation>
    </message>
    <message>
        <source>its image was saved as %1 in the pack; questions show text only</source>
        <translation>hình của câu đã được lưu thành %1 trong gói; câu hỏi chỉ hiện chữ</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; exists in one language only while others exist only in the other; import a bank with the same titles in both languages</source>
        <translation>câu hỏi &quot;%1&quot; chỉ có ở một ngôn ngữ trong khi các câu khác chỉ có ở ngôn ngữ kia; hãy nhập ngân hàng có cùng tiêu đề ở cả hai ngôn ngữ</translation>
    </message>
    <message>
        <source>cannot create a scratch folder to check the import: %1</source>
        <translation>không tạo được thư mục tạm để kiểm tra việc nhập: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the pack was not changed</source>
        <translation>không ghi được %1: %2; gói nội dung không bị thay đổi</translation>
    </message>
    <message>
        <source>the question on line %1 (%2) would not load: %3; nothing was written</source>
        <extracomment>%1 line in the bank, %2 the question&apos;s id, %3 the content loader&apos;s message</extracomment>
        <translation>câu hỏi ở dòng %1 (%2) sẽ không tải được: %3; không có gì được ghi</translation>
    </message>
    <message>
        <source>the imported module would not load (%1, line %2: %3); nothing was written</source>
        <extracomment>%1 the file in the pack, %2 its line, %3 the loader&apos;s message</extracomment>
        <translation>học phần nhập vào sẽ không tải được (%1, dòng %2: %3); không có gì được ghi</translation>
    </message>
    <message>
        <source>the imported module would not load; nothing was written</source>
        <translation>học phần nhập vào sẽ không tải được; không có gì được ghi</translation>
    </message>
    <message>
        <source>%1 was written but %2 could not be (%3); run the import again once the disk has room</source>
        <extracomment>%1: files already replaced; %2 the file that failed; %3 the reason</extracomment>
        <translation>đã ghi %1 nhưng không ghi được %2 (%3); hãy nhập lại khi ổ đĩa còn chỗ trống</translation>
    </message>
    <message>
        <source>the language must be vi or en</source>
        <translation>ngôn ngữ phải là vi hoặc en</translation>
    </message>
    <message>
        <source>the module id must use a-z, 0-9 and - only</source>
        <translation>id học phần chỉ được dùng a-z, 0-9 và -</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a question bank is much smaller</source>
        <translation>%1 lớn hơn %2 MB; một ngân hàng câu hỏi nhỏ hơn nhiều</translation>
    </message>
</context>
<context>
    <name>QuestionListCard</name>
    <message>
        <source>Partly right: %1% of the point</source>
        <translation>Đúng một phần: %1% số điểm của câu</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation>Hãy chọn ít nhất một đáp án.</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Hãy chọn một đáp án.</translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation>Ôn lại câu đã sai</translation>
    </message>
    <message>
        <source>Give every item a partner.</source>
        <translation>Hãy ghép cặp cho tất cả các mục.</translation>
    </message>
    <message>
        <source>Your decision could not be saved, so it was not taken. %1 Then choose again.</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation>Không lưu được lựa chọn của bạn nên lựa chọn này chưa được ghi nhận. %1 Sau đó hãy chọn lại.</translation>
    </message>
    <message>
        <source>Your answer could not be saved, so it was not counted. %1 Then answer again.</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation>Không lưu được câu trả lời của bạn nên câu trả lời này chưa được tính. %1 Sau đó hãy trả lời lại.</translation>
    </message>
    <message>
        <source>The answer is too long: at most %1 characters.</source>
        <translation>Câu trả lời quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Hãy gõ một con số.</translation>
    </message>
    <message>
        <source>Type an answer.</source>
        <translation>Hãy gõ câu trả lời.</translation>
    </message>
    <message>
        <source>Type a number, such as 156 or 2,5 (digits, one comma or point, a minus sign if needed).</source>
        <translation>Hãy gõ một con số, ví dụ 156 hoặc 2,5 (chữ số, một dấu phẩy hoặc dấu chấm, dấu trừ nếu cần).</translation>
    </message>
    <message>
        <source>Your answers are saved, but the final result could not be. %1</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation>Các câu trả lời của bạn đã được lưu, nhưng không lưu được kết quả cuối cùng. %1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu %1/%2</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>Tiến độ bài kiểm tra</translation>
    </message>
    <message>
        <source>Select all that apply</source>
        <translation>Chọn tất cả đáp án đúng</translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation>Đúng hay sai?</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>Chọn một đáp án</translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point). See the explanation for each answer.</source>
        <translation>Đúng một phần (%1/1 điểm). Xem giải thích cho từng đáp án.</translation>
    </message>
    <message>
        <source>Not right this time. See the explanation for each answer.</source>
        <translation>Lần này chưa đúng. Xem giải thích cho từng đáp án.</translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation>Thoát bài kiểm tra</translation>
    </message>
    <message>
        <source>Leave the quiz; your answers so far are saved</source>
        <translation>Thoát bài kiểm tra; các câu bạn đã trả lời đều được lưu lại</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Kiểm tra đáp án</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <source>Exam · %1 min left</source>
        <translation>Chế độ thi · còn %1 phút</translation>
    </message>
    <message>
        <source>Exam · results at the end</source>
        <translation>Chế độ thi · có kết quả khi làm xong</translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation>Sắp xếp các bước theo đúng thứ tự</translation>
    </message>
    <message>
        <source>Match each item with its partner</source>
        <translation>Ghép mỗi mục với mục tương ứng</translation>
    </message>
    <message>
        <source>Spot the warning signs</source>
        <translation>Tìm các dấu hiệu đáng ngờ</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>Bạn sẽ làm gì?</translation>
    </message>
    <message>
        <source>Answer saved. You will see the results at the end.</source>
        <translation>Đã lưu câu trả lời. Bạn sẽ xem kết quả khi làm xong bài.</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Gõ câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Gõ một con số</translation>
    </message>
    <message>
        <source>Choose the missing word</source>
        <translation>Chọn từ còn thiếu</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Chính xác!</translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point). See the accepted answers.</source>
        <translation>Đúng một phần (%1/1 điểm). Xem các câu trả lời được chấp nhận.</translation>
    </message>
    <message>
        <source>Not right this time. See the accepted answers.</source>
        <translation>Lần này chưa đúng. Xem các câu trả lời được chấp nhận.</translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point).</source>
        <translation>Đúng một phần (%1/1 điểm).</translation>
    </message>
    <message>
        <source>Not right this time.</source>
        <translation>Lần này chưa đúng.</translation>
    </message>
    <message>
        <source>Right! Read why in the explanations above.</source>
        <translation>Đúng rồi! Xem lời giải thích ở phía trên để biết vì sao.</translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <translation>Câu hỏi này không có lời giải thích.</translation>
    </message>
    <message>
        <source>Leave the quiz?</source>
        <translation>Thoát bài kiểm tra?</translation>
    </message>
    <message>
        <source>Your choice on this question is not checked yet and will be lost. The answers you have checked are saved.</source>
        <translation>Lựa chọn của bạn ở câu này chưa được kiểm tra và sẽ bị mất. Các câu bạn đã kiểm tra vẫn được lưu.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Leave the live session; your answers so far are saved on the instructor&apos;s computer</source>
        <translation>Rời phiên học trực tiếp; các câu đã trả lời được lưu trên máy của giảng viên</translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done — you passed</source>
        <translation>Làm tốt lắm — bạn đã đạt</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Bạn chưa đạt</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Điểm: %1/%2 (%3%)</translation>
    </message>
    <message>
        <source>Pass mark: %1%</source>
        <translation>Điểm đạt: %1%</translation>
    </message>
    <message>
        <source>Your result is saved. Keep the habits from this module in daily life.</source>
        <translation>Kết quả của bạn đã được lưu. Hãy áp dụng những thói quen trong học phần này vào cuộc sống hằng ngày nhé.</translation>
    </message>
    <message>
        <source>Your result is saved. Read the lesson again, then try once more.</source>
        <translation>Kết quả của bạn đã được lưu. Hãy đọc lại bài học rồi thử lại nhé.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>Quay lại học phần</translation>
    </message>
    <message>
        <source>Practice round done</source>
        <translation>Bạn đã hoàn thành lượt ôn tập</translation>
    </message>
    <message>
        <source>Questions you got right come back less often; the ones you missed come back soon.</source>
        <translation>Câu bạn làm đúng sẽ ít quay lại hơn; câu làm sai sẽ sớm được ôn lại.</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Xem lại bài làm</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Những gì bạn làm tốt</translation>
    </message>
    <message>
        <source>No question had full points this time. Start with the questions to review.</source>
        <translation>Lần này chưa có câu nào đạt trọn điểm. Hãy bắt đầu từ những câu cần ôn lại.</translation>
    </message>
    <message>
        <source>What to review next</source>
        <translation>Cần ôn lại tiếp theo</translation>
    </message>
    <message>
        <source>Nothing to review: every answer had full points.</source>
        <translation>Không có gì cần ôn: câu nào cũng đạt trọn điểm.</translation>
    </message>
    <message>
        <source>Read the lesson again: %1</source>
        <translation>Đọc lại bài học: %1</translation>
    </message>
    <message>
        <source>Your path through the scenario</source>
        <translation>Đường đi của bạn trong tình huống</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after it to install speech-dispatcher, speech-dispatcher-espeak-ng and espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng), then start Khiên again.</source>
        <extracomment>Shown instead of reading aloud when the computer has no speech engine</extracomment>
        <translation>Muốn đọc to cần có bộ đọc giọng nói, nhưng máy này chưa có. Hãy nhờ người quản lý máy cài speech-dispatcher, speech-dispatcher-espeak-ng và espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng), rồi mở lại Khiên.</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so this text cannot be read aloud. Ask whoever looks after this computer to install espeak-ng and speech-dispatcher-espeak-ng (they speak Vietnamese and English), then start Khiên again.</source>
        <extracomment>%1 is a language name (&quot;Vietnamese&quot;, &quot;English&quot;)</extracomment>
        <translation>Chưa cài giọng đọc %1 nên không thể đọc to nội dung này. Hãy nhờ người quản lý máy cài espeak-ng và speech-dispatcher-espeak-ng (có giọng tiếng Việt và tiếng Anh), rồi mở lại Khiên.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Dừng đọc</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation>Đọc to: %1</translation>
    </message>
</context>
<context>
    <name>RedFlagQuestion</name>
    <message>
        <source>Click every part that looks suspicious (or Tab to it and press Space), then check.</source>
        <translation>Bấm vào mọi chỗ bạn thấy đáng ngờ (hoặc nhấn Tab để tới đó rồi nhấn Space), sau đó bấm kiểm tra.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>Content to examine</source>
        <translation>Nội dung cần xem xét</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Đã phát hiện</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ sót</translation>
    </message>
    <message>
        <source>Not a warning sign</source>
        <translation>Không phải dấu hiệu đáng ngờ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>attempts: %1</source>
        <extracomment>In a table cell: finished quiz attempts</extracomment>
        <translation>lượt làm: %1</translation>
    </message>
    <message>
        <source>lessons: %1/%2</source>
        <extracomment>In a table cell: lessons of the module read, e.g. &quot;lessons: 3/4&quot;</extracomment>
        <translation>bài học: %1/%2</translation>
    </message>
    <message>
        <source>time: %1 min</source>
        <extracomment>In a table cell: time spent in the module, in minutes</extracomment>
        <translation>thời gian: %1 phút</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>When this report was made</extracomment>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Báo cáo lớp</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Học phần đạt</translation>
    </message>
    <message>
        <source>Share of the class&apos;s trainees who passed each module.</source>
        <translation>Tỉ lệ học viên của lớp đạt từng học phần.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Next to a bar: %1 trainees passed out of %2, %3 is the percentage</extracomment>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Results by trainee</source>
        <translation>Kết quả theo học viên</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Chưa có kết quả.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Grade recorded for the module; ✓ passed, ✗ not passed; – nothing recorded.</source>
        <translation>Điểm được ghi nhận của học phần; ✓ đạt, ✗ chưa đạt; – chưa có dữ liệu.</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Phân tích câu hỏi</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Chưa có câu trả lời bài kiểm tra nào.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Respondents</source>
        <extracomment>Column: trainees who answered the question</extracomment>
        <translation>Số người trả lời</translation>
    </message>
    <message>
        <source>Right</source>
        <extracomment>Column: share of respondents who got the question right</extracomment>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation>Đáp án sai được chọn nhiều nhất</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Độ phân biệt</translation>
    </message>
    <message>
        <source>Discrimination: share right among the best 27% of respondents by quiz score minus share right among the weakest 27%; – with fewer than 4 respondents.</source>
        <translation>Độ phân biệt: tỉ lệ trả lời đúng của nhóm 27% người có điểm bài kiểm tra cao nhất trừ đi tỉ lệ trả lời đúng của nhóm 27% thấp nhất; – khi có ít hơn 4 người trả lời.</translation>
    </message>
    <message>
        <source>Class report: %1</source>
        <extracomment>Page footer: %1 is the class name</extracomment>
        <translation>Báo cáo lớp: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Chứng nhận hoàn thành</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <extracomment>Certificate: comes before the trainee&apos;s name</extracomment>
        <translation>Trân trọng chứng nhận</translation>
    </message>
    <message>
        <source>has completed the training in safe internet use.</source>
        <extracomment>Certificate: after the trainee&apos;s name, when no module is listed</extracomment>
        <translation>đã hoàn thành khóa đào tạo sử dụng Internet an toàn.</translation>
    </message>
    <message>
        <source>has completed the following modules of the training in safe internet use:</source>
        <translation>đã hoàn thành các học phần sau của khóa đào tạo sử dụng Internet an toàn:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued by</source>
        <extracomment>Certificate: caption under the organisation or instructor&apos;s name</extracomment>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Lớp: %1</translation>
    </message>
    <message>
        <source>Certificate of completion: %1</source>
        <extracomment>PDF document title: %1 is the trainee&apos;s name</extracomment>
        <translation>Chứng nhận hoàn thành: %1</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
</context>
<context>
    <name>ResultsBundle</name>
    <message>
        <source>is missing or not %1</source>
        <translation>bị thiếu hoặc không phải %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dài quá %1 ký tự</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>không phải là id hợp lệ</translation>
    </message>
    <message>
        <source>has too many items</source>
        <translation>có quá nhiều phần tử</translation>
    </message>
    <message>
        <source>holds an invalid id</source>
        <translation>chứa một id không hợp lệ</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>nằm ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>không phải là số nguyên</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>không phải là thời điểm hợp lệ</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>có hơn %1 phần tử</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: trường &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>holds something that is not an answer</source>
        <translation>chứa mục không phải là câu trả lời</translation>
    </message>
    <message>
        <source>is not the attempt it is listed under</source>
        <translation>không khớp với lần làm bài chứa nó</translation>
    </message>
    <message>
        <source>holds something that is not a decision</source>
        <translation>chứa mục không phải là lựa chọn</translation>
    </message>
    <message>
        <source>holds something that is not an attempt</source>
        <translation>chứa mục không phải là lần làm bài</translation>
    </message>
    <message>
        <source>is not the trainee it is listed under</source>
        <translation>không khớp với học viên chứa nó</translation>
    </message>
    <message>
        <source>is set on an unfinished attempt</source>
        <translation>được đặt cho một lần làm bài chưa hoàn thành</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 answers.</source>
        <translation>Gói kết quả chứa hơn %1 câu trả lời.</translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation>%1, câu trả lời %2</translation>
    </message>
    <message>
        <source>%1: the question is answered twice</source>
        <translation>%1: câu hỏi được trả lời hai lần</translation>
    </message>
    <message>
        <source>%1, decision %2</source>
        <translation>%1, lựa chọn %2</translation>
    </message>
    <message>
        <source>%1: the decision is listed twice</source>
        <translation>%1: lựa chọn xuất hiện hai lần</translation>
    </message>
    <message>
        <source>The bundle is not a valid JSON document.</source>
        <translation>Gói kết quả không phải là tài liệu JSON hợp lệ.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>gói kết quả</translation>
    </message>
    <message>
        <source>trainee %1</source>
        <translation>học viên %1</translation>
    </message>
    <message>
        <source>holds something that is not a trainee</source>
        <translation>chứa mục không phải là học viên</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>bị để trống</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>xuất hiện hai lần</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 attempts.</source>
        <translation>Gói kết quả chứa hơn %1 lần làm bài.</translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation>%1, lần làm bài %2</translation>
    </message>
    <message>
        <source>%1: the attempt is listed twice</source>
        <translation>%1: lần làm bài xuất hiện hai lần</translation>
    </message>
    <message>
        <source>attempt %1 could not be added</source>
        <translation>không thêm được lần làm bài %1</translation>
    </message>
    <message>
        <source>attempt %1 clashes with attempt %2</source>
        <translation>lần làm bài %1 xung đột với lần làm bài %2</translation>
    </message>
    <message>
        <source>Attempt %1 (trainee %2, quiz %3) differs from the one already here; both are kept, the bundle&apos;s as %4.</source>
        <translation>Lần làm bài %1 (học viên %2, bài kiểm tra %3) khác với bản đã có trên máy này; cả hai đều được giữ lại, bản trong gói kết quả được lưu với mã %4.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>There is no trainee %1.</source>
        <translation>Không có học viên %1.</translation>
    </message>
    <message>
        <source>The bundle is larger than %1 MB.</source>
        <translation>Gói kết quả lớn hơn %1 MB.</translation>
    </message>
    <message>
        <source>The bundle has no integrity tag: it is incomplete or not a results bundle.</source>
        <translation>Gói kết quả không có mã toàn vẹn: gói bị thiếu dữ liệu hoặc không phải là gói kết quả.</translation>
    </message>
    <message>
        <source>The bundle&apos;s integrity check failed: it was changed after export, or it was signed with another class key.</source>
        <translation>Kiểm tra tính toàn vẹn của gói kết quả không thành công: gói đã bị thay đổi sau khi xuất, hoặc đã được ký bằng khóa của lớp khác.</translation>
    </message>
    <message>
        <source>The bundle could not be merged; nothing was changed (%1).</source>
        <translation>Không gộp được gói kết quả; không có gì bị thay đổi (%1).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>đúng hoặc sai</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>một thời điểm</translation>
    </message>
    <message>
        <source>This is not a class key: a class key has 32 letters and digits, as the instructor&apos;s PC shows it.</source>
        <translation>Đây không phải là khóa lớp: khóa lớp gồm 32 chữ cái và chữ số, đúng như máy của giảng viên hiển thị.</translation>
    </message>
    <message>
        <source>The lesson progress could not be read (%1).</source>
        <translation>Không đọc được tiến độ bài học (%1).</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no valid key.</source>
        <translation>Lớp &quot;%1&quot; không có khóa lớp hợp lệ.</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not in this database.</source>
        <translation>Lớp &quot;%1&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>is not the sum of the points of its answers</source>
        <translation>không bằng tổng điểm các câu trả lời của nó</translation>
    </message>
    <message>
        <source>is not the number of its answers</source>
        <translation>không bằng số câu trả lời của nó</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 lessons.</source>
        <translation>Gói kết quả chứa hơn %1 bài học.</translation>
    </message>
    <message>
        <source>%1, lesson %2</source>
        <translation>%1, bài học %2</translation>
    </message>
    <message>
        <source>holds something that is not a lesson</source>
        <translation>chứa mục không phải là bài học</translation>
    </message>
    <message>
        <source>The file is not a Khiên results bundle.</source>
        <translation>Tệp này không phải là gói kết quả Khiên.</translation>
    </message>
    <message>
        <source>The bundle is in format %1, which this version of Khiên cannot read (it reads format %2).</source>
        <translation>Gói kết quả ở định dạng %1, phiên bản Khiên này không đọc được (phiên bản này đọc định dạng %2).</translation>
    </message>
    <message>
        <source>has an answer whose points are not between 0 and its maximum</source>
        <translation>có câu trả lời với số điểm không nằm trong khoảng từ 0 đến điểm tối đa</translation>
    </message>
    <message>
        <source>is not between 0 and the attempt&apos;s maximum</source>
        <translation>không nằm trong khoảng từ 0 đến điểm tối đa của lượt làm bài</translation>
    </message>
    <message>
        <source>does not agree with the score and the pass mark</source>
        <translation>không khớp với điểm số và mức điểm đạt</translation>
    </message>
    <message>
        <source>is set on an attempt that was not finished</source>
        <translation>được đặt cho một lượt làm bài chưa hoàn thành</translation>
    </message>
    <message>
        <source>is not one typed answer of at most %1 characters without hidden characters</source>
        <extracomment>%1 the longest typed answer, in characters</extracomment>
        <translation>không phải một câu trả lời gõ vào dài tối đa %1 ký tự, không chứa ký tự ẩn</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Xem lại bài làm của bạn</translation>
    </message>
    <message>
        <source>This attempt cannot be shown: its quiz is no longer in the loaded content.</source>
        <translation>Không thể hiển thị lần làm bài này: bài kiểm tra tương ứng không còn trong nội dung đã tải.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Câu %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>%1 of 1 point</source>
        <translation>%1/1 điểm</translation>
    </message>
    <message>
        <source>the right answer you did not choose</source>
        <translation>đáp án đúng mà bạn chưa chọn</translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation>Bài làm của %1</translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <translation>Câu hỏi này không có lời giải thích.</translation>
    </message>
    <message>
        <source>your choice, right</source>
        <translation>bạn đã chọn, đúng</translation>
    </message>
    <message>
        <source>your choice, wrong</source>
        <translation>bạn đã chọn, sai</translation>
    </message>
</context>
<context>
    <name>ScenarioPathDiagram</name>
    <message>
        <source>good choice</source>
        <translation>lựa chọn tốt</translation>
    </message>
    <message>
        <source>risky choice</source>
        <translation>lựa chọn rủi ro</translation>
    </message>
    <message>
        <source>bad choice</source>
        <translation>lựa chọn sai</translation>
    </message>
    <message>
        <source>Good ending</source>
        <translation>Kết thúc tốt</translation>
    </message>
    <message>
        <source>Mixed ending</source>
        <translation>Kết thúc chưa trọn vẹn</translation>
    </message>
    <message>
        <source>Bad ending</source>
        <translation>Kết thúc xấu</translation>
    </message>
    <message>
        <source>You chose: %1 (%2)</source>
        <translation>Bạn đã chọn: %1 (%2)</translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation>Bạn đã chọn: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioQuestion</name>
    <message>
        <source>What do you do?</source>
        <translation>Bạn sẽ xử lý thế nào?</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Kết quả tốt</translation>
    </message>
    <message>
        <source>Bad outcome</source>
        <translation>Kết quả không tốt</translation>
    </message>
    <message>
        <source>Mixed outcome</source>
        <translation>Kết quả chưa trọn vẹn</translation>
    </message>
    <message>
        <source>Remember: %1</source>
        <translation>Hãy nhớ: %1</translation>
    </message>
</context>
<context>
    <name>ScoreRing</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>All modules</source>
        <translation>Tất cả học phần</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Welcome to Khiên</source>
        <translation>Chào mừng bạn đến với Khiên</translation>
    </message>
    <message>
        <source>Short lessons and realistic quizzes on staying safe online and responding to attacks. Choose your profile to continue where you left off.</source>
        <translation>Bài học ngắn gọn và bài kiểm tra sát thực tế giúp bạn an toàn trên mạng và biết cách ứng phó khi bị tấn công. Chọn hồ sơ của bạn để học tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Chọn hồ sơ của bạn</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Các hồ sơ trên máy tính này</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Đăng nhập với tư cách %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Your name, e.g. Nguyễn Thị Ánh</source>
        <translation>Họ tên của bạn, ví dụ: Nguyễn Thị Ánh</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <source>Class or group code (optional)</source>
        <translation>Mã lớp hoặc mã nhóm (không bắt buộc)</translation>
    </message>
    <message>
        <source>Class or group code</source>
        <translation>Mã lớp hoặc mã nhóm</translation>
    </message>
    <message>
        <source>Create profile and start</source>
        <translation>Tạo hồ sơ và bắt đầu</translation>
    </message>
    <message>
        <source>Progress is saved on this computer only: %1</source>
        <translation>Tiến độ chỉ được lưu trên máy tính này: %1</translation>
    </message>
    <message>
        <source>Everyone who trains on this computer gets a profile here, so each person keeps their own progress. There is none yet.</source>
        <translation>Mỗi người học trên máy tính này có một hồ sơ ở đây để giữ tiến độ của riêng mình. Hiện chưa có hồ sơ nào.</translation>
    </message>
    <message>
        <source>Create the first profile</source>
        <translation>Tạo hồ sơ đầu tiên</translation>
    </message>
</context>
<context>
    <name>StorageProblemPage</name>
    <message>
        <source>Your progress file cannot be used</source>
        <translation>Không thể dùng tệp tiến độ của bạn</translation>
    </message>
    <message>
        <source>You can start a new, empty progress file next to it. The old file stays as it is, so an administrator can still recover it.</source>
        <translation>Bạn có thể tạo một tệp tiến độ mới, trống, đặt cạnh tệp cũ. Tệp cũ được giữ nguyên để quản trị viên vẫn có thể khôi phục.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Start a new progress file</source>
        <translation>Tạo tệp tiến độ mới</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a Khiên database.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Khiên.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khiên; update Khiên to use it.</source>
        <translation>%1 được ghi bởi phiên bản Khiên mới hơn; hãy cập nhật Khiên để dùng tệp này.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check fails).</source>
        <translation>%1 bị hỏng (không qua kiểm tra toàn vẹn của SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is open in another program (another Khiên?). Close it and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được mở trong một chương trình khác (một cửa sổ Khiên khác?). Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 could not be written (full disk, read-only folder or permissions); nothing was replaced.</source>
        <translation>Không ghi được %1 (ổ đĩa đầy, thư mục chỉ đọc hoặc thiếu quyền); không có gì bị thay thế.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself (or one of its journal files); choose another file.</source>
        <translation>%1 chính là cơ sở dữ liệu (hoặc một tệp nhật ký của nó); hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
</context>
<context>
    <name>TypedQuestion</name>
    <message>
        <source>Your number</source>
        <translation>Con số của bạn</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Gõ một con số</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Gõ câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Use a comma or a point for decimals: 2,5 and 2.5 are the same.</source>
        <translation>Dùng dấu phẩy hoặc dấu chấm cho phần thập phân: 2,5 và 2.5 là như nhau.</translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation>Câu trả lời được chấp nhận:</translation>
    </message>
</context>
</TS>
