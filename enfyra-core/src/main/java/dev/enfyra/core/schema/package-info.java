/**
 * Runtime schema descriptors: immutable records that generated code declares as constants.
 * Nothing here reads JSON or uses reflection; names are checked once, at construction, and
 * looked up in constant time afterwards.
 */
package dev.enfyra.core.schema;
