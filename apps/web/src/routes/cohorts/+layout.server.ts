import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** The cohort pages are an instructor's: a student is told so (their cohorts are on the home page). */
export const load: LayoutServerLoad = ({ locals }) => {
  if (locals.user?.role !== 'instructor')
    error(403, 'Only instructors manage cohorts. Your own cohorts and their assignments are on your home page.');
  return {};
};
