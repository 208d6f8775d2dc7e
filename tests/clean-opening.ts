/** The title, date line and salutation the carefully written test drafts open with. */
export const CLEAN_OPENING = ['在全市经济工作会议上的讲话', '（2024年3月9日）', '', '同志们：', ''];
