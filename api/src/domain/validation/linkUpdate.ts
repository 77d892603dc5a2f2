import { linkPropertiesInput } from './link.js';

/** Changing a link: only its properties; null clears one. Its type and ends never change. */
export const updateLinkInput = linkPropertiesInput;
