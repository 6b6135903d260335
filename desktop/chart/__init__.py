"""Organization charts drawn with Qt's painting classes (QtGui only, no widgets)."""
