import { ruleTester } from './rule-tester';

ruleTester('date-weekday', {
  valid: [
    '2024年3月15日（星期五）',
    '（2024年3月5日，星期二）',
    '会议于2024年3月5日，周一至周五每天开放。',
    // A holiday notice: undated days read in the year written above them, all right for 2025
    // (http://ha.bendibao.com/jieri/20241122/18025.shtm).
    '根据国务院办公厅通知,2025年元旦2025年1月1日(星期三),放假1天,不调休:\n一、元旦:1月1日(周三)放假1天,不调休。\n二、春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。1月26日(周日)、2月8日(周六)上班。\n三、清明节:4月4日(周五)至6日(周日)放假,共3天。\n六、国庆节、中秋节:10月1日(周三)至8日(周三)放假调休,共8天。9月28日(周日)、10月11日(周六)上班。',
    // A school's dates under the year of the lines above (http://m.laigaokao.com/html/137/137036.html).
    '1.教职工自2020年7月11日正式放假;2020年9月3日到校上班。\n湖南师范大学\n下学期在校生定于9月5日(星期六)、9月6日(星期日)报到注册,9月7日(星期一)正式上课。2020级新生于9月12日(星期六)报到。',
    // December in a notice of the next year: the year before is tried too.
    '2025年1月5日（星期日）召开总结会，12月31日（星期二）前报送材料。',
    // The weekday before the date in brackets (http://yzaobao.com/shiju/20231231/153741.html).
    '2023年12月29日，全国政协举行新年茶话会。央视《新闻联播》星期天(12月31日)晚7时播出新年贺词。',
    // No year anywhere: nothing to judge.
    '9月5日（星期一）报到。',
    // A G20 holiday notice with no year (miekuo.com/fanwendaquan/qitafanwen/971328.html): nothing to judge.
    '在这7天里,2天为双休日:9月3日(星期六)、9月4日(星期日);3天为调休:9月1日(星期四)上班调到8月28日(星期日)。',
    // A title's year is the draft's, or the year before it (`2022年度` work reviewed in January 2023).
    '在2022年度工作总结大会上的讲话\n\n同志们：\n1月18日（星期三），我们召开了专题会议。',
  ],
  invalid: [
    { text: '2024年3月15日（星期四）', errors: ['2024年3月15日（星期四'], output: '2024年3月15日（星期五）' },
    // The speaker and the date in the date line's brackets, a wrong weekday after them.
    { text: '在全县新春座谈会上的讲话\n（县委书记戴新华，2024年2月18日，星期六）\n同志们：\n', errors: ['2024年2月18日，星期六'], output: '在全县新春座谈会上的讲话\n（县委书记戴新华，2024年2月18日，星期日）\n同志们：\n' },
    // A date line with its weekday after a comma.
    { text: '（2024年3月5日，星期三）', errors: ['2024年3月5日，星期三'], output: '（2024年3月5日，星期二）' },
    // The value of a notice's `时间：` label is the meeting's date, no page stamp.
    { text: '一、会议召开时间、地点\n时间:2024年5月25日(星期五),会期半天。', errors: ['2024年5月25日(星期五'], output: '一、会议召开时间、地点\n时间:2024年5月25日(星期六),会期半天。' },
    // A template's weekdays left from another year (https://fanwen.gdygsk.com/showinfo-290-114967-2.html): 2021年1月1日
    // was a Friday; the undated days after it are read in 2021 (fixes for them are not safe).
    {
      text: '2021元旦放假安排时间为:2021年1月1日(周日)至1月3日(周二)调休,放假3天,12月31日补班,1月4日(星期三)照常上班。',
      errors: ['2021年1月1日(周日', '1月3日(周二', '1月4日(星期三'],
      output: '2021元旦放假安排时间为:2021年1月1日(周五)至1月3日(周二)调休,放假3天,12月31日补班,1月4日(星期三)照常上班。',
    },
    // The weekday last in the date's note.
    { text: '2025年1月28日（农历除夕、周三）放假。', errors: ['2025年1月28日（农历除夕、周三'], output: '2025年1月28日（农历除夕、周二）放假。' },
    // The weekday before the date in brackets; the fix (in a year read from the text) is a suggestion.
    { text: '2024年3月工作安排：本周五（3月9日）召开例会。', errors: ['周五（3月9日'] },
    { text: '（2024年3月9日）\n星期四(2024年3月8日)上午报到。', errors: ['星期四(2024年3月8日'], output: '（2024年3月9日）\n星期五(2024年3月8日)上午报到。' },
    // No date line and no year near the day: the year the title names (good4/86, 梅州 2012 团拜会; a notice titled 2024).
    { text: '梅州市举行2012年新春团拜会\n\n1月18日（星期四）晚，梅州市委、市政府隆重举行新春团拜会。', errors: ['1月18日（星期四'] },
    { text: '二〇二四年全县安全生产工作会议上的讲话\n\n同志们：\n3月5日（星期四）召开的会议对全年工作作了部署。', errors: ['3月5日（星期四'] },
    // A year from the line above, when the draft has no date line.
    { text: '会议定于2024年3月12日召开。\n3月15日（星期四）报到。', errors: ['3月15日（星期四'] },
  ],
});
