"""Central documents legalgraph knows without a corpus: the resolutions the Party's Central
Committee adopted at its plenums, which plans cite by plenum and subject instead of symbol
("Nghị quyết Trung ương 7 (khóa XI) về "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với
công tác dân vận trong tình hình mới"" is 25-NQ/TW of 3 June 2013). A corpus that ties a
plenum to its resolutions is asked first (`resolve.complete_reference`); this table answers
when it cannot, and dates an undated symbol cited with its term ("18-NQ/TW ... khóa XIII").
Only resolutions of the full Central Committee are here: the Politburo's and the
Secretariat's are cited by symbol.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class PlenumResolution(NamedTuple):
    term: str  # the Congress term, "XI"
    plenum: str  # the plenum of that term, "7"
    number: str  # of the symbol, "25" for 25-NQ/TW
    date: dt.date
    subject: str


PLENUM_RESOLUTIONS: tuple[PlenumResolution, ...] = tuple(
    PlenumResolution(term, plenum, number, dt.date.fromisoformat(day), subject)
    for term, plenum, number, day, subject in (
        # the Eighth's fifth plenum (1998): culture
        ("VIII", "5", "03", "1998-07-16", "Xây dựng và phát triển nền văn hóa Việt Nam tiên tiến, "
         "đậm đà bản sắc dân tộc"),
        # the Ninth's fifth plenum (2002): the collective and private economy, agriculture,
        # the grassroots political system
        ("IX", "5", "13", "2002-03-18", "Tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh "
         "tế tập thể"),
        ("IX", "5", "14", "2002-03-18", "Tiếp tục đổi mới cơ chế, chính sách, khuyến khích và tạo "
         "điều kiện phát triển kinh tế tư nhân"),
        ("IX", "5", "15", "2002-03-18", "Đẩy mạnh công nghiệp hóa, hiện đại hóa nông nghiệp, nông "
         "thôn thời kỳ 2001 - 2010"),
        ("IX", "5", "17", "2002-03-18", "Đổi mới và nâng cao chất lượng hệ thống chính trị ở cơ "
         "sở xã, phường, thị trấn"),
        # ... its seventh (2003): national unity, ethnic affairs, religion, land
        ("IX", "7", "23", "2003-03-12", "Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, "
         "nước mạnh, xã hội công bằng, dân chủ, văn minh"),
        ("IX", "7", "24", "2003-03-12", "Công tác dân tộc"),
        ("IX", "7", "25", "2003-03-12", "Công tác tôn giáo"),
        ("IX", "7", "26", "2003-03-12", "Tiếp tục đổi mới chính sách, pháp luật về đất đai trong "
         "thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước"),
        # the Tenth Central Committee's (2006-2011): corruption and waste, the WTO and the sea,
        # the working class, the market economy, grassroots Party organisations, youth,
        # agriculture, intellectuals
        ("X", "3", "04", "2006-08-21", "Tăng cường sự lãnh đạo của Đảng đối với công tác phòng, "
         "chống tham nhũng, lãng phí"),
        ("X", "4", "08", "2007-02-05", "Một số chủ trương, chính sách lớn để nền kinh tế phát "
         "triển nhanh và bền vững khi Việt Nam là thành viên của Tổ chức Thương mại thế giới"),
        ("X", "4", "09", "2007-02-09", "Chiến lược biển Việt Nam đến năm 2020"),
        ("X", "6", "20", "2008-01-28", "Tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ "
         "đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước"),
        ("X", "6", "21", "2008-01-30", "Tiếp tục hoàn thiện thể chế kinh tế thị trường định "
         "hướng xã hội chủ nghĩa"),
        ("X", "6", "22", "2008-02-02", "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức "
         "cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên"),
        ("X", "7", "25", "2008-07-25", "Tăng cường sự lãnh đạo của Đảng đối với công tác thanh "
         "niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa"),
        ("X", "7", "26", "2008-08-05", "Nông nghiệp, nông dân, nông thôn"),
        ("X", "7", "27", "2008-08-06", "Xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công "
         "nghiệp hóa, hiện đại hóa đất nước"),
        ("XI", "4", "12", "2012-01-16", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"),
        ("XI", "4", "13", "2012-01-16", "Xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa "
         "nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020"),
        ("XI", "5", "15", "2012-06-01", "Một số vấn đề về chính sách xã hội giai đoạn "
         "2012 - 2020"),
        ("XI", "6", "19", "2012-10-31", "Tiếp tục đổi mới chính sách, pháp luật về đất đai "
         "trong thời kỳ đẩy mạnh toàn diện công cuộc đổi mới"),
        ("XI", "6", "20", "2012-11-01", "Phát triển khoa học và công nghệ phục vụ sự nghiệp "
         "công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội "
         "chủ nghĩa và hội nhập quốc tế"),
        ("XI", "7", "24", "2013-06-03", "Chủ động ứng phó với biến đổi khí hậu, tăng cường "
         "quản lý tài nguyên và bảo vệ môi trường"),
        ("XI", "7", "25", "2013-06-03", "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với "
         "công tác dân vận trong tình hình mới"),
        ("XI", "8", "28", "2013-10-25", "Chiến lược bảo vệ Tổ quốc trong tình hình mới"),
        ("XI", "8", "29", "2013-11-04", "Đổi mới căn bản, toàn diện giáo dục và đào tạo"),
        ("XI", "9", "33", "2014-06-09", "Xây dựng và phát triển văn hóa, con người Việt Nam "
         "đáp ứng yêu cầu phát triển bền vững đất nước"),
        ("XII", "4", "04", "2016-10-30", "Tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy "
         "lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện tự diễn "
         "biến, tự chuyển hóa trong nội bộ"),
        ("XII", "4", "05", "2016-11-01", "Một số chủ trương, chính sách lớn nhằm tiếp tục đổi "
         "mới mô hình tăng trưởng, nâng cao chất lượng tăng trưởng, năng suất lao động, sức "
         "cạnh tranh của nền kinh tế"),
        ("XII", "4", "06", "2016-11-05", "Thực hiện có hiệu quả tiến trình hội nhập kinh tế "
         "quốc tế, giữ vững ổn định chính trị - xã hội"),
        ("XII", "4", "07", "2016-11-18", "Chủ trương, giải pháp cơ cấu lại ngân sách nhà "
         "nước, quản lý nợ công"),
        ("XII", "5", "10", "2017-06-03", "Phát triển kinh tế tư nhân trở thành một động lực "
         "quan trọng của nền kinh tế thị trường định hướng xã hội chủ nghĩa"),
        ("XII", "5", "11", "2017-06-03", "Hoàn thiện thể chế kinh tế thị trường định hướng xã "
         "hội chủ nghĩa"),
        ("XII", "5", "12", "2017-06-03", "Tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả "
         "doanh nghiệp nhà nước"),
        ("XII", "6", "18", "2017-10-25", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức "
         "bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
        ("XII", "6", "19", "2017-10-25", "Tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng "
         "cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),
        ("XII", "6", "20", "2017-10-25", "Tăng cường công tác bảo vệ, chăm sóc và nâng cao sức "
         "khỏe nhân dân trong tình hình mới"),
        ("XII", "6", "21", "2017-10-25", "Công tác dân số trong tình hình mới"),
        ("XII", "7", "26", "2018-05-19", "Tập trung xây dựng đội ngũ cán bộ các cấp, nhất là "
         "cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"),
        ("XII", "7", "27", "2018-05-21", "Cải cách chính sách tiền lương đối với cán bộ, công "
         "chức, viên chức, lực lượng vũ trang và người lao động trong doanh nghiệp"),
        ("XII", "7", "28", "2018-05-23", "Cải cách chính sách bảo hiểm xã hội"),
        ("XII", "8", "36", "2018-10-22", "Chiến lược phát triển bền vững kinh tế biển Việt Nam "
         "đến năm 2030, tầm nhìn đến năm 2045"),
        ("XIII", "5", "18", "2022-06-16", "Tiếp tục đổi mới, hoàn thiện thể chế, chính sách, "
         "nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất"),
        ("XIII", "5", "19", "2022-06-16", "Nông nghiệp, nông dân, nông thôn đến năm 2030, tầm "
         "nhìn đến năm 2045"),
        ("XIII", "5", "20", "2022-06-16", "Tiếp tục đổi mới, phát triển và nâng cao hiệu quả "
         "kinh tế tập thể trong giai đoạn mới"),
        ("XIII", "5", "21", "2022-06-16", "Tăng cường củng cố, xây dựng tổ chức cơ sở đảng và "
         "nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"),
        ("XIII", "6", "27", "2022-11-09", "Tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền "
         "xã hội chủ nghĩa Việt Nam trong giai đoạn mới"),
        ("XIII", "6", "28", "2022-11-17", "Tiếp tục đổi mới, hoàn thiện nội dung, phương thức "
         "lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới"),
        ("XIII", "6", "29", "2022-11-17", "Tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất "
         "nước đến năm 2030, tầm nhìn đến năm 2045"),
        ("XIII", "8", "42", "2023-11-24", "Tiếp tục đổi mới, nâng cao chất lượng chính sách xã "
         "hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới"),
        ("XIII", "8", "43", "2023-11-24", "Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết "
         "toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc"),
        ("XIII", "8", "44", "2023-11-24", "Chiến lược bảo vệ Tổ quốc trong tình hình mới"),
        ("XIII", "8", "45", "2023-11-24", "Tiếp tục xây dựng và phát huy vai trò của đội ngũ trí "
         "thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới"),
        # printed without a subject of its own ("Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội
        # nghị lần thứ 11 ..."): found by its plenum
        ("XIII", "11", "60", "2025-04-12", ""),
    ))
