/** What the parts of a client's query share: for now, the error a rejected query raises. */
package dev.enfyra.core.query;
