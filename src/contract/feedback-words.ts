// The English words of <cp-feedback-form>'s built-in answers and flag reasons. The widget's
// strings spread them (so they can be reworded and translated there), and the collector's results
// pages and CSV use them, so staff read exactly the words people chose from.
export const feedbackWords = {
  feedbackFormDecline: 'Prefer not to say',
  feedbackFormYes: 'Yes',
  feedbackFormNo: 'No',
  feedbackFormFeeling: 'How did answering these questions feel?',
  feedbackFormFeelingFine: 'Fine',
  feedbackFormFeelingMostly: 'Mostly fine',
  feedbackFormFeelingUneasy: 'Uncomfortable',
  feedbackFormFeelingUpset: 'Upsetting',
  feedbackFormContactEmail: 'Email',
  feedbackFormContactPhone: 'Phone call',
  feedbackFormContactSms: 'Text message',
  feedbackFormFlagConfusing: 'It is confusing',
  feedbackFormFlagIrrelevant: 'It is not relevant to me',
  feedbackFormFlagOther: 'Something else',
  feedbackFormFlagUpsetting: 'It is upsetting',
};

/** The words of a 1 to 5 rating, as <cp-rating> shows them. */
export const ratingWords = {
  rating1: 'Very poor',
  rating2: 'Poor',
  rating3: 'OK',
  rating4: 'Good',
  rating5: 'Very good',
};
