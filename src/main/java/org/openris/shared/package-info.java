/**
 * Primitives every module may use: the {@link org.openris.shared.Viewer}, German formats.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openris.shared;
