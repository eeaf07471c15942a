/**
 * The Vietnamese sentences the services write themselves (the domain writes the others),
 * kept in one place as data.
 */

/** Why an indicator without a target (a parent, or one still to be reviewed) has no status. */
export const NO_TARGET_EXPLANATION = 'Chỉ tiêu chưa có mục tiêu nên không đánh giá được.';
