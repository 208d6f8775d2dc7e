/** A small draft every rule fires on, checked once so the rules' lazily built tables exist before the first real one. */
export const WARM_UP_DRAFT = [
  '在全市工作会议上的讲话',
  '（2024年3月9日）',
  '同志们：',
  '今年以来，我们坚持“稳中求进”，全年增长X%，于2024-03-09召开会议,共有三点意见。',
  '一、提高认识',
  '（一）抓好落实。一是加强领导，二是压实责任。',
].join('\n');
