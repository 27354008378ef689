export { formatPacket, formatPacketText, FORMAT_INDENT, type LineEdit } from './format-packet';
export { commentTexts } from './same-content';
